using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.PartnerDirectory.DirectoryFlow;

namespace LearningPartner.FunctionalTests.PartnerDirectory;

/// <summary>
/// A partner admin requests a listing (R-DIR-1..4): the batch calendar at its boundaries, eligibility (R-DIR-5), every
/// field checked beside it, one request awaiting review at a time, only its own organisation's admins.
/// </summary>
public sealed class ListingRequestTests : IDisposable
{
    private const string Page = "/partners/4100001/directory";
    private readonly PortalFactory _factory = new();

    public static TheoryData<string, string, string> InvalidFields() => new()
    {
        { "LandingPageUrl", "http://www.contoso-learning.example/ms", "The address must start with https://." },
        { "LandingPageUrl", "javascript:alert(document.cookie)", "Enter the full https:// address of a page on your own web site, for example https://www.contoso.com/microsoft-training." },
        { "LandingPageUrl", "www.contoso-learning.example", "Enter the full https:// address of a page on your own web site, for example https://www.contoso.com/microsoft-training." },
        { "LandingPageUrl", "", "Enter the address of your Microsoft-titled landing page." },
        { "DisplayName", new string('C', 101), "Use at most 100 characters." },
        { "DisplayName", " ", "Enter the name to show in the directory." },
        { "CountryCode", "XX", "Choose a country or region from the list." },
        { "OnlyAboutThePartner", "false", "Confirm that the page is only about your organisation." },
        { "NoCompetitors", "false", "Confirm that the page shows no competitors." },
        { "OwnedByThePartner", "false", "Confirm that your organisation owns the web site." },
    };

    [Theory]
    // R-DIR-4, worked by hand: days 1–21 join the month's batch (reviewed 15–21), later days next month's; published the 7th after.
    [InlineData("2026-12-01", "2026-12", "2026-12-15", "2026-12-21", "2027-01-07")]
    [InlineData("2026-12-14", "2026-12", "2026-12-15", "2026-12-21", "2027-01-07")]
    [InlineData("2026-12-15", "2026-12", "2026-12-15", "2026-12-21", "2027-01-07")]
    [InlineData("2026-12-21", "2026-12", "2026-12-15", "2026-12-21", "2027-01-07")]
    [InlineData("2026-12-22", "2027-01", "2027-01-15", "2027-01-21", "2027-02-07")]
    [InlineData("2026-11-25", "2026-12", "2026-12-15", "2026-12-21", "2027-01-07")]
    public async Task ARequestJoinsTheBatchOfItsDateAndSaysWhenItIsPublished(string today, string batch, string from, string to, string publishOn)
    {
        _factory.Clock.SetUtcNow(DateTimeOffset.Parse(today + "T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        Assert.Contains($"A request sent today joins the batch of {batch}, which the editors review from {from} to {to}; if approved, it is published on {publishOn}.",
            WebUtility.HtmlDecode(await admin.GetStringAsync(Page)));
        var response = await RequestAsync(admin, "4100001", Listing());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await PendingAsync(_factory, "4100001");
        Assert.Equal((batch, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)), (stored!.Batch.ToString(), stored.RequestedOn));
        var html = await admin.GetStringAsync(Page);
        Assert.Matches($"<tr data-listing=\"{stored.Id}\">.*data-batch=\"{batch}\".*data-publish=\"{publishOn}\".*data-status=\"Requested\"", html.Replace("\n", " "));
    }

    [Fact]
    public async Task APartnerWithoutAnActiveLearningOptionCannotRequest()
    {
        // Fabrikam's silver option lapsed on 2026-10-21 (its AD 2026-09-21 + 30 days of grace).
        using var admin = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var before = await _factory.WithDbAsync(db => db.DirectoryListings.CountAsync());

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100002/directory"));
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100002/cases");
        var response = await admin.PostAsync("/partners/4100002/directory", new FormUrlEncodedContent(
            Listing("Fabrikam").Select(f => new KeyValuePair<string, string>($"Input.{f.Key}", f.Value)).Append(new("__RequestVerificationToken", token))));

        Assert.Contains("id=\"not-eligible\"", page);
        Assert.DoesNotContain("action=\"/partners/4100002/directory\"", page);
        Assert.Contains("Only a partner with an active learning option (Learning Action Pack, silver or gold) can be listed.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.DirectoryListings.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task EachBadFieldIsRefusedBesideTheFieldAndNothingIsStored(string field, string value, string message)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var fields = Listing();
        fields[field] = value;

        var response = await RequestAsync(admin, "4100001", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Input.{field}\"[^>]*>{Regex.Escape(message)}<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null(await PendingAsync(_factory, "4100001"));
    }

    [Fact]
    public async Task OneRequestAwaitsReviewAtATimeEvenWhenSentFourTimesAtOnce()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync(Page);
        FormUrlEncodedContent Form(int i) => new(Listing($"Contoso {i}").Select(f => new KeyValuePair<string, string>($"Input.{f.Key}", f.Value))
            .Append(new("__RequestVerificationToken", token)));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => admin.PostAsync(Page, Form(i))));

        Assert.Equal(1, await _factory.WithDbAsync(db => db.DirectoryListings.CountAsync(l => l.Status == ListingStatus.Requested && l.DisplayName.StartsWith("Contoso "))));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));
        Assert.Contains("id=\"pending-request\"", page);
        var again = await RequestAsync(admin, "4100001", Listing("Contoso again"));
        Assert.Contains("A listing request of your organisation already awaits review; you can send another once it is reviewed.",
            WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OnlyTheOrganisationsOwnAdminsRequest()
    {
        using var user = await _factory.SignedInClientAsync(Personas.ContosoUser);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var token = await user.GetAntiforgeryTokenAsync(Page);
        var otherToken = await fabrikam.GetAntiforgeryTokenAsync("/partners/4100002/directory");
        FormUrlEncodedContent Form(string t) => new(Listing().Select(f => new KeyValuePair<string, string>($"Input.{f.Key}", f.Value))
            .Append(new("__RequestVerificationToken", t)));

        var byUser = await user.PostAsync(Page, Form(token));
        var byOther = await fabrikam.PostAsync(Page, Form(otherToken));

        Assert.StartsWith("/account/access-denied", byUser.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Null(await PendingAsync(_factory, "4100001"));
        Assert.DoesNotContain($"action=\"{Page}\"", await user.GetStringAsync(Page)); // a plain user reads, without the form
    }

    public void Dispose() => _factory.Dispose();
}
