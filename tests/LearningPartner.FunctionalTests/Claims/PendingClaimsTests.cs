using System.Net;
using System.Text.Json;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Claims;

/// <summary>
/// R-MCT-1: the partner's pages and the API count verified facts only and show the claims awaiting verification apart, each with
/// what verifying it would meet — worked out by hand on the demo world at 2026-11-25.
/// </summary>
public sealed class PendingClaimsTests : IDisposable
{
    private const string Northwind = Personas.NorthwindPartnerId;
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnExamClaimIsShownApartWithTheOptionVerifyingItWouldMeetOnTheRequirementsExamsPageAndApi()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        // As in ClaimReviewTests: without its security exams Northwind lacks one exam of Silver · Security's list.
        await _factory.WithDbAsync(db => db.ExamPasses.Where(e => e.PartnerOrganisationId == 3
            && (e.ExamCode == "SC-900" || e.ExamCode == "SC-200" || e.ExamCode == "SC-300" || e.ExamCode == "AZ-500")).ExecuteDeleteAsync());
        var sc900 = await ClaimFlow.ClaimExamAsync(_factory, northwind, Northwind, "SC-900", "Li Wei");
        const string Line = "Exam SC-900 passed by Li Wei: Once verified, it meets the requirements of Silver · Security.";

        var requirements = Text(await northwind.GetStringAsync($"/partners/{Northwind}/requirements"));
        Assert.Contains("Claims awaiting verification", requirements);
        Assert.Contains(Line, requirements);
        Assert.Contains(Line, Text(await northwind.GetStringAsync($"/partners/{Northwind}/exams")));

        var json = JsonDocument.Parse(await northwind.GetStringAsync($"/api/v1/partners/{Northwind}/eligibility")).RootElement;
        var claim = Assert.Single(json.GetProperty("pendingClaims").EnumerateArray());
        Assert.Equal(("ExamPass", sc900, "SC-900", "Li Wei"),
            (claim.GetProperty("kind").GetString(), claim.GetProperty("id").GetInt32(), claim.GetProperty("code").GetString(), claim.GetProperty("person").GetString()));
        var met = Assert.Single(claim.GetProperty("wouldMeet").EnumerateArray());
        Assert.Equal(("Silver", "SECURITY"), (met.GetProperty("level").GetString(), met.GetProperty("competency").GetString()));
        var security = json.GetProperty("competencies").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "SECURITY");
        Assert.False(security.GetProperty("silver").GetProperty("met").GetBoolean()); // the claim counts in no check
    }

    [Fact]
    public async Task ATrainerClaimThatChangesNothingSaysSoAndTheOverviewCountsVerifiedFactsOnly()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        var before = Text(await northwind.GetStringAsync($"/partners/{Northwind}"));
        var counted = await _factory.WithDbAsync(db => db.Trainers.CountAsync(t => t.PartnerOrganisationId == 3
            && t.Review.VerifiedAt != null && t.RetiredOn == null && t.ValidUntil >= new DateOnly(2026, 11, 25)));
        await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Zhou Xin", "MCT-NW-PEND-1");

        var trainers = Text(await northwind.GetStringAsync($"/partners/{Northwind}/trainers"));
        Assert.Contains("MCT MCT-NW-PEND-1: Zhou Xin: Once verified, it meets no further option on 2026-11-25.", trainers);
        var overview = Text(await northwind.GetStringAsync($"/partners/{Northwind}"));
        Assert.Contains($" {counted} Valid MCTs today", overview);
        Assert.Contains($" {counted} Valid MCTs today", before);
        Assert.Contains("Zhou Xin", overview);
        Assert.Contains("Awaiting verification: does not count yet", overview);
    }

    [Fact]
    public async Task AReportViewerReadsPendingClaimsWithoutPeoplesNames()
    {
        using var contosoViewer = await _factory.SignedInClientAsync(Personas.ContosoViewer);

        var json = JsonDocument.Parse(await contosoViewer.GetStringAsync("/api/v1/partners/4100001/eligibility")).RootElement;

        // The demo world: Contoso's pending MCT-DEMO-4242 (Morgan Ellis) and AZ-305 claims.
        var claims = json.GetProperty("pendingClaims").EnumerateArray().ToList();
        Assert.Equal(["Trainer:MCT-DEMO-4242", "ExamPass:AZ-305"], claims.Select(c => $"{c.GetProperty("kind").GetString()}:{c.GetProperty("code").GetString()}"));
        Assert.All(claims, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("person").ValueKind));
    }

    /// <summary>The page's text: tags removed, spaces collapsed.</summary>
    private static string Text(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "), "\\s+", " "))
            .Replace(" :", ":", StringComparison.Ordinal);
}
