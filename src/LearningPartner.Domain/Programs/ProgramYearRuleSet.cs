using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Programs;

/// <summary>
/// A program year's requirements as shipped in a versioned JSON file and loaded at start-up (R-PRG-1).
/// The document itself is kept verbatim so staff can see exactly which numbers were in force.
/// </summary>
public sealed class ProgramYearRuleSet
{
    private ProgramYearRuleSet()
    {
        ProgramYear = string.Empty;
        Document = string.Empty;
        ContentHash = string.Empty;
    }

    public ProgramYearRuleSet(string programYear, int version, DateOnly effectiveFrom, DateOnly effectiveTo,
        string document, string contentHash, DateTimeOffset loadedAt)
    {
        if (effectiveTo <= effectiveFrom)
        {
            throw new ArgumentException("A rule set must end after it starts.", nameof(effectiveTo));
        }

        ProgramYear = Guard.Text(programYear, 16, nameof(programYear));
        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Document = Guard.Text(document, int.MaxValue, nameof(document));
        ContentHash = Guard.Text(contentHash, 128, nameof(contentHash));
        LoadedAt = loadedAt;
    }

    public int Id { get; private set; }

    /// <summary>Named by the year in which it ends, e.g. "FY2021".</summary>
    public string ProgramYear { get; private set; }

    public int Version { get; private set; }

    /// <summary>First day covered (inclusive).</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>First day no longer covered (exclusive, R-DATE-1).</summary>
    public DateOnly EffectiveTo { get; private set; }

    public string Document { get; private set; }

    public string ContentHash { get; private set; }

    public DateTimeOffset LoadedAt { get; private set; }

    public bool Covers(DateOnly date) => EffectiveFrom <= date && date < EffectiveTo;
}
