using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 24, ADR-019: competency, KPI category and OMLP type names read in the reader's language on partner pages — in
/// Chinese from the rule sets' <c>nameZh</c>, never the English name nor the code. The demo world on 2026-11-25: Contoso
/// holds silver Cloud Platform (FY2027); the expected Chinese is written here by hand.
/// </summary>
public sealed class ChineseNamesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Contoso = "/partners/4100001";

    [Fact]
    public async Task TheOverviewNamesTheOptionInChinese()
    {
        using var admin = await ChineseAsync(Personas.ContosoAdmin);

        var html = await GetAsync(admin, Contoso);

        Assert.Contains("银牌 · 云平台", html);
        Assert.DoesNotContain("Cloud Platform", html);
    }

    [Fact]
    public async Task TheRequirementsPageNamesCompetenciesAndKpiCategoriesInChinese()
    {
        using var admin = await ChineseAsync(Personas.ContosoAdmin);

        var html = await GetAsync(admin, $"{Contoso}/requirements");

        Assert.Contains("银牌 · 云平台", html);
        Assert.Contains("<h3>云平台", html);           // the competency's section
        Assert.Contains("<h3>云业务应用程序", html);
        Assert.Contains("KPI：课件单位", html);
        Assert.Contains("KPI：认证单位", html);
        foreach (var english in new[] { "Cloud Platform", "Cloud Business Applications", "Courseware units", "Certification units" })
        {
            Assert.DoesNotContain(english, html);
        }
    }

    [Fact]
    public async Task TheKpiDashboardNamesCategoriesAndOptionsInChinese()
    {
        using var admin = await ChineseAsync(Personas.ContosoAdmin);

        var html = await GetAsync(admin, $"{Contoso}/kpis");

        Assert.Contains("<tr data-category=\"courseware\"><th scope=\"row\">课件单位</th>", html);
        Assert.Contains("<tr data-category=\"certification\"><th scope=\"row\">认证单位</th>", html);
        Assert.Contains("银牌 · 云平台", html);
        Assert.DoesNotContain("Courseware units", html);
        Assert.DoesNotContain("Cloud Platform", html);
    }

    [Fact]
    public async Task EnglishPagesKeepTheEnglishNames()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var requirements = await GetAsync(admin, $"{Contoso}/requirements");
        var kpis = await GetAsync(admin, $"{Contoso}/kpis");

        Assert.Contains("Silver · Cloud Platform", requirements);
        Assert.Contains("KPI: Courseware units", requirements);
        Assert.Contains("<th scope=\"row\">Courseware units</th>", kpis);
        Assert.DoesNotContain("云平台", requirements + kpis);
    }

    [Fact]
    public async Task TheCaseFormNamesOmlpTypesInChinese()
    {
        using var admin = await ChineseAsync(Personas.ContosoAdmin);

        var html = await GetAsync(admin, $"{Contoso}/cases/new");

        Assert.Contains(">LABS-ONLINE — Microsoft 在线实验室</option>", html);
        Assert.Contains(">EXAM-VOUCHER — 认证考试代金券</option>", html);
    }

    private async Task<HttpClient> ChineseAsync(string persona)
    {
        var client = await factory.SignedInClientAsync(persona);
        await client.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        return client;
    }

    private static async Task<string> GetAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));
}
