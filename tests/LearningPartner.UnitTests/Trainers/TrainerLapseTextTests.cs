using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartner.Application.Reminders;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Trainers;

/// <summary>R-MCT-2: the lapse warning's email says, word for word, what the overview shows (its en-US resource keys).</summary>
public sealed partial class TrainerLapseTextTests
{
    private static readonly TrainerLapseWarning Morgan = new(7, "Morgan Ellis", "MCT-123", new DateOnly(2027, 3, 31),
    [
        Shortfall(LearningLevel.LearningActionPack, null, 1m),
        Shortfall(LearningLevel.Gold, "Cloud Platform", 2m),
    ]);

    [Fact]
    public void EachOptionHasItsSentenceWithTheLapseAndAnniversaryDates()
    {
        Assert.Equal("If MCT Morgan Ellis (MCT-123) lapses on 2027-04-01 (membership valid until 2027-03-31), Learning Action Pack lacks 1 MCT at its anniversary date 2027-05-01.",
            TrainerLapseText.Sentence(Morgan, Morgan.Options[0]));
        Assert.Equal("If MCT Morgan Ellis (MCT-123) lapses on 2027-04-01 (membership valid until 2027-03-31), Gold · Cloud Platform lacks 2 MCTs at its anniversary date 2027-05-01.",
            TrainerLapseText.Sentence(Morgan, Morgan.Options[1]));
    }

    [Fact]
    public void SeveralOptionsAreCountedInTheSubjectAndEachNamedInTheBody()
    {
        var (subject, body) = TrainerLapseText.Compose(Morgan);

        Assert.Equal("If MCT Morgan Ellis (MCT-123) lapses on 2027-04-01, 2 options you hold lack MCTs at their anniversary dates.", subject);
        Assert.All(Morgan.Options, option => Assert.Contains(TrainerLapseText.Sentence(Morgan, option), body));
        Assert.DoesNotContain("today", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheOverviewsKeysFormatToTheSameSentences()
    {
        var view = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "src", "LearningPartner.Web", "Views", "Partners", "Overview.cshtml"));
        var keys = LapseKeys().Matches(view).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, keys.Count);
        Assert.Equal(TrainerLapseText.Sentence(Morgan, Morgan.Options[0]),
            string.Format(CultureInfo.InvariantCulture, keys[0], "Morgan Ellis", "MCT-123", "2027-04-01", "2027-03-31", "Learning Action Pack", "2027-05-01"));
        Assert.Equal(TrainerLapseText.Sentence(Morgan, Morgan.Options[1]),
            string.Format(CultureInfo.InvariantCulture, keys[1], "Morgan Ellis", "MCT-123", "2027-04-01", "2027-03-31", "Gold · Cloud Platform", "2", "2027-05-01"));
    }

    private static LapseShortfall Shortfall(LearningLevel level, string? competencyName, decimal lacks) =>
        new(level, competencyName is null ? null : "CLOUD-PLATFORM", competencyName, new DateOnly(2027, 5, 1),
            new RequirementCheck("R-X", RequirementKind.Mct, "MCT", 3m, 3m - lacks, []));

    [GeneratedRegex(@"L\[""(If MCT \{0\} [^""]*)""")]
    private static partial Regex LapseKeys();
}
