using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>R-MCT-2: the lapse warning's notice says, word for word, what the overview shows (the same resource keys), in the reader's language.</summary>
public sealed partial class TrainerLapseWordsTests
{
    private static readonly TrainerLapseWarning Morgan = new(7, "Morgan Ellis", "MCT-123", new DateOnly(2027, 3, 31),
    [
        Shortfall(LearningLevel.LearningActionPack, null, 1m),
        Shortfall(LearningLevel.Gold, "Cloud Platform", 2m),
    ]);

    private const string LapOne =
        "If MCT Morgan Ellis (MCT-123) lapses on 2027-04-01 (membership valid until 2027-03-31), Learning Action Pack lacks 1 MCT at its anniversary date 2027-05-01.";

    private const string GoldTwo =
        "If MCT Morgan Ellis (MCT-123) lapses on 2027-04-01 (membership valid until 2027-03-31), Gold · Cloud Platform lacks 2 MCTs at its anniversary date 2027-05-01.";

    [Fact]
    public void SeveralOptionsAreCountedInTheSubjectAndEachNamedInTheBody()
    {
        var words = Render(Morgan, "en-US");

        Assert.Equal("If MCT Morgan Ellis (MCT-123) lapses on 2027-04-01, 2 options you hold lack MCTs at their anniversary dates.", words.Subject);
        Assert.Equal([LapOne, GoldTwo], words.Paragraphs[0]);
        var all = string.Join("\n", words.Paragraphs.SelectMany(p => p));
        Assert.DoesNotContain("today", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CLOUD-PLATFORM", all, StringComparison.Ordinal);
        Assert.DoesNotContain("R-MCT", all, StringComparison.Ordinal); // no rule ids for partners
    }

    [Fact]
    public void OneOptionIsItsOwnSubjectAndChineseNamesTheCompetencyInChinese()
    {
        var one = Morgan with { Options = [Morgan.Options[1]] };

        Assert.Equal(GoldTwo, Render(one, "en-US").Subject);
        Assert.Equal("如果 MCT Morgan Ellis（MCT-123）于 2027-04-01 失效（会员资格有效期至 2027-03-31），金牌 · 云平台 在其周年日 2027-05-01 将缺少 2 名 MCT。",
            Render(one, "zh-CN").Subject);
    }

    [Fact]
    public void TheOverviewsKeysFormatToTheSameSentences()
    {
        var view = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "src", "LearningPartner.Web", "Views", "Partners", "Overview.cshtml"));
        var keys = LapseKeys().Matches(view).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, keys.Count);
        Assert.Equal(LapOne,
            string.Format(CultureInfo.InvariantCulture, keys[0], "Morgan Ellis", "MCT-123", "2027-04-01", "2027-03-31", "Learning Action Pack", "2027-05-01"));
        Assert.Equal(GoldTwo,
            string.Format(CultureInfo.InvariantCulture, keys[1], "Morgan Ellis", "MCT-123", "2027-04-01", "2027-03-31", "Gold · Cloud Platform", "2", "2027-05-01"));
    }

    private static Infrastructure.Notifications.NoticeText Render(TrainerLapseWarning warning, string culture) =>
        TestRenderers.Real().Render(NoticeKind.TrainerLapse, TrainerLapseFacts.Of(warning).ToJson(), new CultureInfo(culture));

    private static LapseShortfall Shortfall(LearningLevel level, string? competencyName, decimal lacks) =>
        new(level, competencyName is null ? null : "CLOUD-PLATFORM", competencyName, new DateOnly(2027, 5, 1),
            new RequirementCheck("R-X", RequirementKind.Mct, "MCT", 3m, 3m - lacks, []));

    [GeneratedRegex(@"L\[""(If MCT \{0\} [^""]*)""")]
    private static partial Regex LapseKeys();
}
