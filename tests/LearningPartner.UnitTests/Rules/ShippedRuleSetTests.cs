using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.RuleSets;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-PRG-1 on the rule sets the portal ships.</summary>
public sealed class ShippedRuleSetTests
{
    private static readonly RuleSetCatalog Catalog = TestRuleSets.Shipped;

    [Fact]
    public void ShipsTheSeedsYearsAndTheCurrentAndNextProgramYear()
    {
        Assert.Equal(
            ["FY2019", "FY2020", "FY2021", "FY2022", "FY2025", "FY2026", "FY2027", "FY2028"],
            Catalog.All.Select(r => r.ProgramYear));
    }

    [Fact]
    public void EveryShippedFileSaysItsNumbersAreSamples() =>
        Assert.All(ShippedRuleSets.ReadAll(), f => Assert.Contains("\"sampleValues\": \"SAMPLE VALUES.", f.Json));

    [Fact]
    public void EveryShippedRuleSetNamesEachCompetencyOmlpTypeKpiCategoryAndMarketInChinese()
    {
        // Issue 24, ADR-019: a zh-CN reader sees these names in Chinese; a name missing here would show in English.
        var missing = ShippedRuleSets.ReadAll()
            .Select(f => (f.Name, RuleSet: RuleSetParser.Parse(f.Json, f.Name)))
            .SelectMany(f => f.RuleSet.Competencies.Cast<INamedRule>().Concat(f.RuleSet.OmlpTypes.Values)
                .Concat(f.RuleSet.KpiCategories).Concat(f.RuleSet.RegionGroups)
                .Where(n => n.NameZh is null || !n.NameZh.Any(c => c >= '\u4e00' && c <= '\u9fff'))
                .Select(n => $"{f.Name}: {n.GetType().Name} {n.Code}"))
            .ToList();

        Assert.True(missing.Count == 0, "No Chinese name:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("en-US", "Cloud Platform", "Courseware units", "Microsoft Labs Online", "Mature markets")]
    [InlineData("zh-CN", "云平台", "课件单位", "Microsoft 在线实验室", "成熟市场")]
    public void NamesReadInTheReadersLanguage(string culture, string competency, string category, string omlpType, string market)
    {
        var reader = System.Globalization.CultureInfo.GetCultureInfo(culture);

        Assert.Equal(competency, Catalog.CompetencyName("CLOUD-PLATFORM", reader));
        Assert.Equal(category, Catalog.CategoryName("courseware", reader));
        Assert.Equal(omlpType, Catalog.OmlpTypeName("LABS-ONLINE", reader));
        Assert.Equal(market, Catalog.MarketName("mature", reader));
        Assert.Equal("NOT-A-COMPETENCY", Catalog.CompetencyName("NOT-A-COMPETENCY", reader));
    }

    [Theory]
    [InlineData("2020-06-30", "FY2020")]
    [InlineData("2020-07-01", "FY2021")] // program years run July–June
    [InlineData("2021-06-30", "FY2021")]
    [InlineData("2026-11-25", "FY2027")] // today
    [InlineData("2027-07-01", "FY2028")] // next program year
    public void EachDateTakesItsOwnProgramYear(string date, string programYear)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(programYear, Catalog.For(day).ProgramYear);
        Assert.Equal(programYear, ProgramYear.NameOf(day));
    }

    [Theory]
    [InlineData("2023-03-01", "FY2023")]
    [InlineData("2028-07-01", "FY2029")]
    [InlineData("2018-06-30", "FY2018")]
    public void ADateWithoutARuleSetIsRefusedNamingTheMissingYear(string date, string missing)
    {
        // R-PRG-1: never another year's numbers.
        var error = Assert.Throws<RuleSetNotFoundException>(() => Catalog.For(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(missing, error.MissingProgramYear);
        Assert.Contains(missing, error.Message);
        Assert.Contains(date, error.Message);
    }

    [Fact]
    public void KpiWeightsComeFromTheInvoiceDatesProgramYear()
    {
        // R-KPI-2: Microsoft Labs Online weighs 0.5 in FY2021 and 0.75 in FY2022 (the shipped sample values).
        var lastDayOfFy2021 = KpiValuation.RuleFor(Catalog, new DateOnly(2021, 6, 30), "LABS-ONLINE")!;
        var firstDayOfFy2022 = KpiValuation.RuleFor(Catalog, new DateOnly(2021, 7, 1), "LABS-ONLINE")!;

        Assert.Equal(5m, KpiValuation.ValueOf(10, lastDayOfFy2021));
        Assert.Equal(7.5m, KpiValuation.ValueOf(10, firstDayOfFy2022));
    }

    [Fact]
    public void ThresholdsComeFromTheEvaluationDatesProgramYear()
    {
        // The same partner (US, 160 courseware KPI, 2 MCTs, AZ-900) meets Cloud Platform silver under FY2022's
        // threshold of 150 but not under FY2025's 180.
        var trainers = new[] { new Trainer(1, "A", "MCT1", new DateOnly(2030, 1, 1), TestFacts.Verified), new Trainer(1, "B", "MCT2", new DateOnly(2030, 1, 1), TestFacts.Verified) };
        var exams = new[] { new ExamPass(1, "AZ-900", "A", new DateOnly(2019, 1, 1), TestFacts.Verified) };
        var totals = new KpiTotals(new Dictionary<string, decimal> { ["courseware"] = 160m, ["certification"] = 30m });
        var facts = new PartnerFacts("US", trainers, exams, totals);

        var fy2022 = EligibilityEvaluator.Evaluate(Catalog.For(new DateOnly(2022, 3, 1)), new DateOnly(2022, 3, 1), facts);
        var fy2025 = EligibilityEvaluator.Evaluate(Catalog.For(new DateOnly(2025, 3, 1)), new DateOnly(2025, 3, 1), facts);

        Assert.True(fy2022.Competency("CLOUD-PLATFORM")!.Silver!.IsMet);
        Assert.False(fy2025.Competency("CLOUD-PLATFORM")!.Silver!.IsMet);
    }

    [Fact]
    public void EarlierProgramYearsAskTwoMctsAtSilverAndFourAtGold()
    {
        var cloud = Catalog.For(new DateOnly(2020, 1, 15)).Competency("CLOUD-PLATFORM")!;

        Assert.Equal(2, cloud.Silver!.MctCount);
        Assert.Equal(4, cloud.Gold!.MctCount);
    }
}
