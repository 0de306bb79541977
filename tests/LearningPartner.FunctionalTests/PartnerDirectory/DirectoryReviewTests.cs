using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.PartnerDirectory.DirectoryFlow;

namespace LearningPartner.FunctionalTests.PartnerDirectory;

/// <summary>
/// The editors' batch (R-DIR-3, R-DIR-4, R-ROLE-3) on the demo world of 2026-11-25: Northwind's first request waits in the
/// batch of 2026-11 (the one under review), Woodgrove's change in the batch of 2026-12.
/// </summary>
public sealed class DirectoryReviewTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TheQueueGroupsRequestsByBatchTheCurrentFirstAndMarksWhatAChangeChanges()
    {
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);

        var html = WebUtility.HtmlDecode(await editor.GetStringAsync("/staff/directory")).Replace("\n", " ");

        Assert.Equal(["2026-11", "2026-12"], Regex.Matches(html, "<section class=\"batch-group\"[^>]*data-batch=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("Under review now", html[..html.IndexOf("data-batch=\"2026-12\"", StringComparison.Ordinal)]);
        var woodgrove = html[html.IndexOf("data-batch=\"2026-12\"", StringComparison.Ordinal)..];
        Assert.Matches("class=\"changed\" data-field=\"name\">Woodgrove Institute of Technology.*\\(was Woodgrove Institute\\)", woodgrove);
        Assert.Matches("<dd class=\"\" data-field=\"country\"|<dd data-field=\"country\"", woodgrove); // the country did not change
        Assert.Matches("<a href=\"https://woodgrove-institute.example/microsoft-learning\" rel=\"noopener\" target=\"_blank\">", woodgrove);
        Assert.Contains("data-level=\"lap\"", woodgrove); // its options today, so only eligible partners are approved
    }

    [Fact]
    public async Task AnApprovedListingGoesLiveOnTheBatchsPublicationDateNotBefore()
    {
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        using var anonymous = _factory.CreatePortalClient();
        var northwind = (await PendingAsync(_factory, Personas.NorthwindPartnerId))!;

        var response = await ApproveAsync(editor, northwind.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var approved = await _factory.WithDbAsync(db => db.DirectoryListings.AsNoTracking().SingleAsync(l => l.Id == northwind.Id));
        Assert.Equal((ListingStatus.Approved, (DateOnly?)new DateOnly(2026, 12, 7)), (approved.Status, approved.PublishOn));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "DirectoryListingApproved" && a.EntityId == northwind.Id.ToString())));
        Assert.DoesNotContain("北风学院 Northwind Academy", (await PublicAsync(anonymous, "?pageSize=100")).Names); // scheduled, not published
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain("北风学院 Northwind Academy", (await PublicAsync(anonymous, "?pageSize=100")).Names);
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 0, 30, 0, TimeSpan.Zero));
        Assert.Contains("北风学院 Northwind Academy", (await PublicAsync(anonymous, "?pageSize=100")).Names);
        Assert.Contains("北风学院 Northwind Academy", await anonymous.GetStringAsync("/directory?q=northwind"));
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public async Task ApprovalNeedsTheEditorsThreeChecks(bool onlyAbout, bool noCompetitors, bool owned)
    {
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        var northwind = (await PendingAsync(_factory, Personas.NorthwindPartnerId))!;

        var response = await ApproveAsync(editor, northwind.Id, onlyAbout, noCompetitors, owned);

        Assert.Matches($"data-valmsg-for=\"listing-{northwind.Id}\">Confirm all three conditions of the landing page before approving \\(R-DIR-3\\).<",
            await response.Content.ReadAsStringAsync());
        Assert.NotNull(await PendingAsync(_factory, Personas.NorthwindPartnerId));
    }

    [Fact]
    public async Task APartnerWithoutAnActiveOptionIsNotApproved()
    {
        // Fabrikam asked on 2026-10-12, while its silver option was in grace; the option lapsed on 2026-10-21.
        var id = await _factory.WithDbAsync(async db =>
        {
            var fabrikam = await db.PartnerOrganisations.SingleAsync(o => o.PartnerId == Personas.FabrikamPartnerId);
            var listing = new DirectoryListing(fabrikam.Id, new ListingDetails("Fabrikam Training GmbH", "DE", "https://fabrikam-training.example/kurse"),
                Attested, "fabrikam-admin", new DateOnly(2026, 10, 12), PortalFactory.Now.AddDays(-44));
            db.DirectoryListings.Add(listing);
            await db.SaveChangesAsync();
            return listing.Id;
        });
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);

        var response = await ApproveAsync(editor, id);

        Assert.Contains("The partner holds no active learning option today, so it cannot be listed (R-DIR-5)",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.NotNull(await PendingAsync(_factory, Personas.FabrikamPartnerId));
    }

    [Fact]
    public async Task ARejectionShowsItsReasonToThePartnerAndPublishesNothing()
    {
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        using var partner = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        var northwind = (await PendingAsync(_factory, Personas.NorthwindPartnerId))!;

        await RejectAsync(editor, northwind.Id, "The page also advertises another training company.");

        var page = WebUtility.HtmlDecode(await partner.GetStringAsync("/partners/4100003/directory"));
        Assert.Contains("data-status=\"Rejected\"", page);
        Assert.Contains("The page also advertises another training company.", page);
        Assert.Contains("id=\"listing-standing\" data-state=\"NotListed\"", page);
        Assert.Equal(NoticeKind.ListingRejected, await _factory.WithDbAsync(db => db.PartnerNotifications.Select(n => n.Kind).SingleAsync()));
        Assert.Contains("Your directory listing request was not approved</a>", WebUtility.HtmlDecode(await partner.GetStringAsync("/partners/4100003")));
    }

    [Fact]
    public async Task ARejectionNeedsAReason()
    {
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        var northwind = (await PendingAsync(_factory, Personas.NorthwindPartnerId))!;

        var response = await RejectAsync(editor, northwind.Id, "  ");

        Assert.Matches($"data-valmsg-for=\"listing-{northwind.Id}\">Give the partner a reason for the rejection \\(at most 1000 characters\\).<",
            await response.Content.ReadAsStringAsync());
        Assert.NotNull(await PendingAsync(_factory, Personas.NorthwindPartnerId));
    }

    [Fact]
    public async Task TwoEditorsReviewingAtOnceApplyOneDecision()
    {
        using var first = await _factory.SignedInClientAsync(Personas.Editor);
        using var second = await _factory.SignedInClientAsync(Personas.Editor);
        var northwind = (await PendingAsync(_factory, Personas.NorthwindPartnerId))!;

        // Both have the queue open before either decides.
        var version = await first.FormValueAsync("/staff/directory", $"/staff/directory/{northwind.Id}/approve", "Version");
        var tokens = new[] { await first.GetAntiforgeryTokenAsync("/staff/directory"), await second.GetAntiforgeryTokenAsync("/staff/directory") };
        Task<HttpResponseMessage> Post(HttpClient client, string token, string action, params (string, string)[] fields) =>
            client.PostAsync($"/staff/directory/{northwind.Id}/{action}", new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token))
                .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));

        await Task.WhenAll(
            Post(first, tokens[0], "approve", ("Version", version), ("OnlyAboutThePartner", "true"), ("NoCompetitors", "true"), ("OwnedByThePartner", "true")),
            Post(second, tokens[1], "reject", ("version", version), ("reason", "No.")),
            Post(second, tokens[1], "approve", ("Version", version), ("OnlyAboutThePartner", "true"), ("NoCompetitors", "true"), ("OwnedByThePartner", "true")));

        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityId == northwind.Id.ToString() && (a.Action == "DirectoryListingApproved" || a.Action == "DirectoryListingRejected"))));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.PartnerNotifications.CountAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
