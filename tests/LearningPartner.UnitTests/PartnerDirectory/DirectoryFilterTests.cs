using LearningPartner.Application.Directory;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.PartnerDirectory;

/// <summary>Issue 24: the directory's level and competency filters together, and the name a partner's page URL carries.</summary>
public sealed class DirectoryFilterTests
{
    // The LAP, silver in SECURITY and DATA-PLATFORM, gold in CLOUD-PLATFORM.
    private static readonly ListingLevel Held = new(true, ["Data Platform", "Security"], ["Cloud Platform"])
    {
        SilverCodes = ["DATA-PLATFORM", "SECURITY"],
        GoldCodes = ["CLOUD-PLATFORM"],
    };

    private static readonly ListingLevel SilverOnly = new(false, ["Security"], []) { SilverCodes = ["SECURITY"] };

    [Theory]
    [InlineData(null, null, true, true)]
    [InlineData(null, "SECURITY", true, true)] // held at silver or gold
    [InlineData(null, "CLOUD-PLATFORM", true, false)]
    [InlineData(LearningLevel.Gold, "CLOUD-PLATFORM", true, false)] // gold in it
    [InlineData(LearningLevel.Gold, "SECURITY", false, false)] // silver in it, not gold
    [InlineData(LearningLevel.Silver, "SECURITY", true, true)]
    [InlineData(LearningLevel.Silver, "CLOUD-PLATFORM", false, false)] // gold is not silver
    [InlineData(LearningLevel.LearningActionPack, "SECURITY", true, false)] // the pack and the competency at either level
    [InlineData(LearningLevel.LearningActionPack, null, true, false)]
    [InlineData(null, "APPLICATION-DEVELOPMENT", false, false)]
    public void ALevelAndACompetencyFilterTogether(LearningLevel? level, string? competency, bool held, bool silverOnly)
    {
        Assert.Equal(held, Held.Matches(level, competency));
        Assert.Equal(silverOnly, SilverOnly.Matches(level, competency));
    }

    [Theory]
    [InlineData("Contoso Learning", "contoso-learning")]
    [InlineData("  Adatum Educação & Co. ", "adatum-educacao-co")]
    [InlineData("北风学院 Northwind Academy", "northwind-academy")]
    [InlineData("北风学院", "")] // no Latin letter or digit: the id alone
    [InlineData("<script>alert('x')</script> Labs", "script-alert-x-script-labs")]
    public void APagesNameIsTheFoldedNameWithHyphens(string name, string slug) => Assert.Equal(slug, DirectorySlug.Of(name));

    [Fact]
    public void ALongNameIsCutTo60CharactersWithoutATrailingHyphen()
    {
        var slug = DirectorySlug.Of(new string('a', 59) + " b" + new string('c', 10));

        Assert.Equal(new string('a', 59), slug); // cut after "aaa…a-", the hyphen dropped
    }
}
