using System.Net;
using System.Text.Json;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Support;
using static LearningPartner.FunctionalTests.PartnerDirectory.DirectoryFlow;

namespace LearningPartner.FunctionalTests.PartnerDirectory;

/// <summary>
/// Issue 24: the competency filter of the page and the API, each listed partner's own page at a stable URL and its API twin,
/// the logo served only while the listing shows, and all of it gone while the partner's options have lapsed (R-DIR-5).
/// The demo world on 2026-11-25: Contoso (LAP + silver Cloud Platform, with a logo), Woodgrove (LAP + gold Data Platform,
/// no logo); Fabrikam's listing is hidden.
/// </summary>
public sealed class DirectoryPartnerPageTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task ACompetencyFiltersAloneOrAtALevel()
    {
        // Worked by hand: Alder gold in Security, Birch silver in Security, Cedar the LAP only; with Contoso and Woodgrove.
        await ListedPartnerAsync(_factory, "4300001", "Alder Academy", "FR", LearningLevel.Gold, "SECURITY", new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 3));
        await ListedPartnerAsync(_factory, "4300002", "Birch Training", "FR", LearningLevel.Silver, "SECURITY", new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 3));
        await ListedPartnerAsync(_factory, "4300003", "Cedar Skills", "FR", LearningLevel.LearningActionPack, null, new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 3));
        using var anonymous = _factory.CreatePortalClient();

        Assert.Equal(["Alder Academy", "Birch Training"], (await PublicAsync(anonymous, "?competency=SECURITY")).Names);
        Assert.Equal(["Alder Academy"], (await PublicAsync(anonymous, "?level=gold&competency=security")).Names); // any case
        Assert.Equal(["Birch Training"], (await PublicAsync(anonymous, "?level=silver&competency=SECURITY")).Names);
        Assert.Equal(["Woodgrove Institute"], (await PublicAsync(anonymous, "?competency=DATA-PLATFORM")).Names);
        Assert.Empty((await PublicAsync(anonymous, "?level=silver&competency=DATA-PLATFORM")).Names); // Woodgrove holds it at gold
        Assert.Equal(["Contoso Learning"], (await PublicAsync(anonymous, "?level=lap&competency=CLOUD-PLATFORM")).Names);
        Assert.Equal(["Alder Academy", "Birch Training"], (await PublicAsync(anonymous, "?country=FR&competency=SECURITY")).Names);

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory?level=gold&competency=SECURITY"));
        Assert.Contains("<option value=\"SECURITY\" selected=\"selected\">Security</option>", html);
        Assert.Contains("Partners found: 1.", html);
    }

    [Fact]
    public async Task AnUnknownCompetencyIsAProblemOnTheApiAndAMessageBesideTheField()
    {
        using var anonymous = _factory.CreatePortalClient();

        var response = await anonymous.GetAsync("/api/v1/directory?competency=BASKET-WEAVING");
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory?competency=BASKET-WEAVING"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("competency: Choose a competency from the list", await response.Content.ReadAsStringAsync());
        Assert.Contains("data-valmsg-for=\"competency\">Choose a competency from the list (its code, such as DATA-PLATFORM).<", page);
        Assert.Contains("Partners found: 2.", page); // the filter is left out, the rest of the search still runs
    }

    [Fact]
    public async Task TheCompetenciesAreListedInTheReadersLanguage()
    {
        using var anonymous = _factory.CreatePortalClient();
        await anonymous.PostFormAsync("/directory", "/culture", ("culture", "zh-CN"), ("returnUrl", "/directory"));

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory"));

        Assert.Contains("<option value=\"DATA-PLATFORM\">数据平台</option>", html);
        Assert.Contains("<option value=\"\">所有能力</option>", html);
    }

    [Fact]
    public async Task EachPartnerHasItsOwnPageTheIdDecidesAndAWrongNameIsRedirected()
    {
        using var anonymous = _factory.CreatePortalClient();

        var bare = await anonymous.GetAsync("/directory/4100001");
        var wrong = await anonymous.GetAsync("/directory/4100001/fabrikam-training");
        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory/4100001/contoso-learning"));
        var list = await anonymous.GetStringAsync("/directory");

        Assert.Equal((HttpStatusCode.MovedPermanently, "/directory/4100001/contoso-learning"), (bare.StatusCode, bare.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.MovedPermanently, "/directory/4100001/contoso-learning"), (wrong.StatusCode, wrong.Headers.Location?.OriginalString));
        Assert.Contains("<a href=\"/directory/4100001/contoso-learning\">Contoso Learning</a>", list);
        Assert.Contains("<h1 id=\"partner-name\">Contoso Learning</h1>", html);
        Assert.Contains("United States (US)", html);
        Assert.Contains("<dd data-level=\"silver\">Cloud Platform</dd>", html);
        Assert.Contains("<dd data-level=\"lap\">Yes</dd>", html);
        Assert.Contains("<dd data-level=\"gold\">—</dd>", html);
        Assert.Contains("Instructor-led Microsoft training in Seattle and online", html);
        Assert.Contains("<meta name=\"description\" content=\"Instructor-led Microsoft training in Seattle and online: Azure, Microsoft 365 and security courses for teams of every size.\"", html);
        Assert.Contains("<a href=\"https://www.contoso-learning.example/microsoft-training\" rel=\"noopener\" target=\"_blank\" id=\"partner-site\">", html);
        Assert.Matches("<img class=\"partner-logo\" src=\"/directory/logos/\\d+\" alt=\"Contoso Learning logo\"", html);
    }

    [Fact]
    public async Task APartnerWithoutALogoLooksRightAndAnUnlistedOneIsNotFound()
    {
        using var anonymous = _factory.CreatePortalClient();

        var woodgrove = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory/4100005/woodgrove-institute"));

        Assert.DoesNotContain("<img", woodgrove);
        Assert.Contains("<dd data-level=\"gold\">Data Platform</dd>", woodgrove);
        Assert.DoesNotContain("Woodgrove Institute of Technology", woodgrove); // its change awaits review: not public
        foreach (var unlisted in new[] { "/directory/4100002", "/directory/4100003/northwind", "/directory/4199999", "/api/v1/directory/4100002", "/api/v1/directory/4100003" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(unlisted)).StatusCode);
        }
    }

    [Fact]
    public async Task TheApiReturnsWhatThePageShows()
    {
        using var anonymous = _factory.CreatePortalClient();

        using var one = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/directory/4100001"));
        using var list = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/directory?q=contoso"));
        var missing = await anonymous.GetAsync("/api/v1/directory/4100002");

        var contoso = one.RootElement;
        Assert.Equal(contoso.GetRawText(), list.RootElement.GetProperty("partners")[0].GetRawText());
        Assert.Equal(("4100001", "Contoso Learning", "US", true, "/directory/4100001/contoso-learning"),
            (contoso.GetProperty("partnerId").GetString(), contoso.GetProperty("name").GetString(), contoso.GetProperty("countryCode").GetString(),
                contoso.GetProperty("learningActionPack").GetBoolean(), contoso.GetProperty("pageUrl").GetString()));
        Assert.Equal("{\"code\":\"CLOUD-PLATFORM\",\"name\":\"Cloud Platform\",\"level\":\"silver\"}", contoso.GetProperty("competencies")[0].GetRawText());
        Assert.StartsWith("Instructor-led Microsoft training", contoso.GetProperty("description").GetString());
        Assert.StartsWith("/directory/logos/", contoso.GetProperty("logoUrl").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheLogoIsServedAsAnImageThatIsNeverSniffed()
    {
        using var anonymous = _factory.CreatePortalClient();
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/directory/4100001"));

        var response = await anonymous.GetAsync(json.RootElement.GetProperty("logoUrl").GetString());
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes.Take(4));
    }

    [Fact]
    public async Task ALapsedPartnersPageApiAnswerAndLogoAreGoneAndComeBackWhenItHoldsAnOptionAgain()
    {
        using var factory = new PortalFactory().WithSetting("Directory:CacheSeconds", "0");
        using var anonymous = factory.CreatePortalClient();
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/directory/4100001"));
        var logo = json.RootElement.GetProperty("logoUrl").GetString()!;
        string[] urls = ["/directory/4100001/contoso-learning", "/api/v1/directory/4100001", logo];

        // R-DIR-5: Contoso's LAP (AD 2027-05-09) is in grace until 2027-06-08, the day it lapses; its silver lapsed on 2027-02-28.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 7, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal([200, 200, 200], await StatusesAsync(anonymous, urls));
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 8, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal([404, 404, 404], await StatusesAsync(anonymous, urls));
        Assert.DoesNotContain("Contoso Learning", (await PublicAsync(anonymous)).Names);

        await factory.WithDbAsync(async db =>
        {
            var organisation = db.PartnerOrganisations.Single(o => o.PartnerId == Personas.ContosoPartnerId);
            var enrollment = new Domain.Enrollments.Enrollment(organisation.Id, LearningLevel.LearningActionPack, null, factory.Clock.GetUtcNow());
            enrollment.Activate(new DateOnly(2027, 6, 8));
            db.Enrollments.Add(enrollment);
            return await db.SaveChangesAsync();
        });
        Assert.Equal([200, 200, 200], await StatusesAsync(anonymous, urls));
    }

    private static async Task<List<int>> StatusesAsync(HttpClient client, IEnumerable<string> urls)
    {
        var statuses = new List<int>();
        foreach (var url in urls)
        {
            statuses.Add((int)(await client.GetAsync(url)).StatusCode);
        }

        return statuses;
    }

    public void Dispose() => _factory.Dispose();
}
