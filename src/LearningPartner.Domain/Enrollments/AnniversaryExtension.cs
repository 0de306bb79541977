using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>
/// R-EXT-1: an AD inside an extension window (for its level, outside the excluded competencies) moves forward
/// by the window's period, once: the extended AD is never checked against the windows again, even when it lands
/// inside another one. The LAP is not extended (the windows name silver and gold only).
/// </summary>
public static class AnniversaryExtension
{
    public static ExtendedAnniversary Apply(LearningLevel level, string? competencyCode, DateOnly anniversary,
        IEnumerable<ExtensionWindow> windows)
    {
        var window = windows.FirstOrDefault(w => w.Covers(level, competencyCode, anniversary));
        return window is null
            ? new ExtendedAnniversary(anniversary, anniversary, null)
            : new ExtendedAnniversary(anniversary, anniversary.AddMonths(window.ExtensionMonths), window);
    }
}

/// <summary>The AD as recorded, the AD in force, and the window that moved it (null when none did).</summary>
public sealed record ExtendedAnniversary(DateOnly Original, DateOnly Effective, ExtensionWindow? Extension);
