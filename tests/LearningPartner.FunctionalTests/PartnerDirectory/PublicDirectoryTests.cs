using System.Net;
using System.Text.Json;

using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.PartnerDirectory.DirectoryFlow;

namespace LearningPartner.FunctionalTests.PartnerDirectory;

/// <summary>
/// The public directory and its API (R-DIR-1, R-DIR-5): anonymous, published partners only, search, filters, paging in
/// a stable order, shareable URLs, safe links, lapse and return, rate limits. The demo world on 2026-11-25 publishes
/// Contoso (LAP + silver Cloud Platform) and Woodgrove (LAP + gold Data Platform, in grace); Fabrikam's listing is
/// hidden (its option lapsed) and Northwind's request is not reviewed yet.
/// </summary>
public sealed class PublicDirectoryTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task AnonymousVisitorsSeeOnlyPublishedPartners()
    {
        using var anonymous = _factory.CreatePortalClient();

        var (names, total) = await PublicAsync(anonymous);
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory"));

        Assert.Equal(["Contoso Learning", "Woodgrove Institute"], names); // Woodgrove's pending new name is not shown
        Assert.Equal(2, total);
        foreach (var unpublished in new[] { "Fabrikam", "Northwind", "Woodgrove Institute of Technology", "fabrikam-training.example" })
        {
            Assert.DoesNotContain(unpublished, page);
            Assert.DoesNotContain(unpublished, await anonymous.GetStringAsync("/api/v1/directory?q=" + Uri.EscapeDataString(unpublished)));
        }

        Assert.Equal((0, 0), ((await PublicAsync(anonymous, "?q=Fabrikam")).Names.Count, (await PublicAsync(anonymous, "?q=Fabrikam")).Total));
    }

    [Fact]
    public async Task EachPartnerShowsItsCountryLevelAndALinkThatOpensSafely()
    {
        using var anonymous = _factory.CreatePortalClient();

        var html = await anonymous.GetStringAsync("/directory");
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/directory?q=woodgrove"));
        var woodgrove = json.RootElement.GetProperty("partners")[0];

        Assert.Contains("<a href=\"https://www.contoso-learning.example/microsoft-training\" rel=\"noopener\" target=\"_blank\">", html);
        Assert.Contains("data-level=\"silver\">Silver: Cloud Platform<", html);
        Assert.Equal(("GB", true, "Data Platform", "https://woodgrove-institute.example/microsoft"),
            (woodgrove.GetProperty("countryCode").GetString(), woodgrove.GetProperty("learningActionPack").GetBoolean(),
                woodgrove.GetProperty("gold")[0].GetString(), woodgrove.GetProperty("landingPageUrl").GetString()));
    }

    [Fact]
    public async Task NamesAndUrlsAreNeverRenderedUnescaped()
    {
        await ListedPartnerAsync(_factory, "4100901", "<script>alert('x')</script> Labs", "US", LearningLevel.LearningActionPack, null,
            new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 3), "https://evil-labs.example/a?b=\"><script>alert(1)</script>");
        using var anonymous = _factory.CreatePortalClient();

        var html = await anonymous.GetStringAsync("/directory?q=labs");

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Labs", html);
        Assert.Contains("href=\"https://evil-labs.example/a?b=%22%3E%3Cscript%3Ealert(1)%3C/script%3E\" rel=\"noopener\"", html);
    }

    [Fact]
    public async Task SearchFiltersAndPagesKeepAStableOrderAndShareableUrls()
    {
        // 45 more partners, worked out by hand: 15 each in FR, JP, BR (by i mod 3); every fifth one gold (Security), the others
        // the LAP: 9 gold (3 of them in FR: 15, 30, 45), 36 LAP.
        for (var i = 1; i <= 45; i++)
        {
            var country = i % 3 == 0 ? "FR" : i % 3 == 1 ? "JP" : "BR";
            var gold = i % 5 == 0;
            await ListedPartnerAsync(_factory, $"42{i:00000}", $"Partner {i:00}{(i == 7 ? " Educação" : string.Empty)}", country,
                gold ? LearningLevel.Gold : LearningLevel.LearningActionPack, gold ? "SECURITY" : null, new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 3));
        }

        using var anonymous = _factory.CreatePortalClient();

        var all = await PublicAsync(anonymous, "?pageSize=100");
        Assert.Equal(47, all.Total);
        Assert.Equal(["Contoso Learning", "Partner 01", "Partner 02"], all.Names.Take(3));
        Assert.Equal("Woodgrove Institute", all.Names[^1]);
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange((await PublicAsync(anonymous, $"?page={page}")).Names);
        }

        Assert.Equal(all.Names, pages); // 20 + 20 + 7, no partner twice or missing
        Assert.Equal(15, (await PublicAsync(anonymous, "?country=jp")).Total);
        Assert.Equal(10, (await PublicAsync(anonymous, "?level=gold")).Total); // 9 + Woodgrove
        Assert.Equal(["Partner 15", "Partner 30", "Partner 45"], (await PublicAsync(anonymous, "?level=gold&country=FR")).Names);
        Assert.Equal(38, (await PublicAsync(anonymous, "?level=lap")).Total); // 36 + Contoso + Woodgrove
        Assert.Equal(["Partner 07 Educação"], (await PublicAsync(anonymous, "?q=EDUCACAO")).Names); // case and accents ignored
        // A shareable URL: the page's own query string, kept by its pager.
        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory?level=lap&page=2"));
        Assert.Contains("Page 2 of 2", html);
        Assert.Contains("href=\"/directory?level=lap&page=1\" rel=\"prev\"", html);
        Assert.Contains("Partners found: 38.", html);
        Assert.Equal(18, html.Split("class=\"card directory-entry\"").Length - 1); // 20 on page 1, 18 on page 2
    }

    [Fact]
    public async Task ALapsedPartnersListingIsHiddenAndComesBackWhenItHoldsAnOptionAgain()
    {
        using var factory = new PortalFactory().WithSetting("Directory:CacheSeconds", "0");
        using var anonymous = factory.CreatePortalClient();

        // Contoso's LAP (AD 2027-05-09) is in grace until 2027-06-08; its silver (AD 2027-01-29) lapsed on 2027-02-28.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 7, 9, 0, 0, TimeSpan.Zero));
        Assert.Contains("Contoso Learning", (await PublicAsync(anonymous)).Names);
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 8, 9, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain("Contoso Learning", (await PublicAsync(anonymous)).Names);
        using var contoso = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        Assert.Contains("data-state=\"Hidden\"", await contoso.GetStringAsync("/partners/4100001/directory"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.DirectoryListings.CountAsync(l => l.DisplayName == "Contoso Learning"))); // kept

        // It enrolls anew in the LAP; once support confirms the payment the listing shows again.
        await factory.WithDbAsync(async db =>
        {
            var organisation = await db.PartnerOrganisations.SingleAsync(o => o.PartnerId == Personas.ContosoPartnerId);
            var enrollment = new Domain.Enrollments.Enrollment(organisation.Id, LearningLevel.LearningActionPack, null, factory.Clock.GetUtcNow());
            enrollment.Activate(new DateOnly(2027, 6, 8));
            db.Enrollments.Add(enrollment);
            return await db.SaveChangesAsync();
        });
        Assert.Contains("Contoso Learning", (await PublicAsync(anonymous)).Names);
        Assert.Contains("data-state=\"Published\"", await contoso.GetStringAsync("/partners/4100001/directory"));
    }

    [Fact]
    public async Task TheDirectoryIsKeptForItsCacheTimeThenReadAgainWithoutAVisitorWaiting()
    {
        using var anonymous = _factory.CreatePortalClient();
        Assert.Equal(2, (await PublicAsync(anonymous)).Total); // built and kept (Directory:CacheSeconds = 30)
        await ListedPartnerAsync(_factory, "4100902", "Alpine Skills", "CH", LearningLevel.LearningActionPack, null,
            new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 3));

        Assert.Equal(2, (await PublicAsync(anonymous)).Total); // the kept directory, 0 s old
        _factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var total = (await PublicAsync(anonymous)).Total; // served at once, the rebuild runs beside it
        for (var attempt = 0; attempt < 50 && total != 3; attempt++)
        {
            await Task.Delay(100);
            total = (await PublicAsync(anonymous)).Total;
        }

        Assert.Equal(3, total);
    }

    [Theory]
    [InlineData("?level=platinum", "level")]
    [InlineData("?country=XX", "country")]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    public async Task TheApiAnswersABadQueryWithAProblem(string query, string field)
    {
        using var anonymous = _factory.CreatePortalClient();

        var response = await anonymous.GetAsync("/api/v1/directory" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{field}: ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePageAndTheApiAreRateLimitedWithRetryAfter()
    {
        using var factory = new PortalFactory().WithSetting("RateLimits:Directory:PermitLimit", "4").WithSetting("RateLimits:Directory:WindowSeconds", "60");
        using var anonymous = factory.CreatePortalClient();

        var answers = new List<HttpResponseMessage>();
        foreach (var url in new[] { "/directory", "/api/v1/directory", "/directory?q=a", "/api/v1/directory?page=1", "/directory", "/api/v1/directory" })
        {
            answers.Add(await anonymous.GetAsync(url));
        }

        Assert.Equal([200, 200, 200, 200, 429, 429], answers.Select(a => (int)a.StatusCode));
        Assert.All(answers.Skip(4), a => Assert.InRange(int.Parse(a.Headers.GetValues("Retry-After").Single()), 1, 60));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/resources")).StatusCode); // other pages are not limited by it
    }

    [Fact]
    public async Task TheDirectorySpeaksChineseWithLocalizedCountryNames()
    {
        using var anonymous = _factory.CreatePortalClient();
        await anonymous.PostFormAsync("/directory", "/culture", ("culture", "zh-CN"), ("returnUrl", "/directory"));

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory"));

        Assert.Contains("<h1>学习合作伙伴目录</h1>", html);
        Assert.Contains("美国 (US)", html); // Contoso's country, in the visitor's language
        Assert.Contains("Contoso Learning", html); // names are the partners' own
    }

    public void Dispose() => _factory.Dispose();
}
