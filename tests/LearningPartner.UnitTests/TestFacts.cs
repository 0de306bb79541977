using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests;

/// <summary>Trainer and exam facts as the rules take them once verified (R-MCT-1), and as a partner's fresh claim.</summary>
internal static class TestFacts
{
    public static readonly FactReview Verified =
        FactReview.Confirmed(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), "Support", "Checked against the MCT roster");

    public static readonly FactReview Claimed =
        FactReview.Claim(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), "Partner admin", "https://learn.microsoft.com/transcript/x", null);
}
