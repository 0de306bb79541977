using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Notifications;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Claims;

/// <summary>
/// R-MCT-1 end to end: a claim does not count; the staff queue puts first the claim that completes a requirement and says which;
/// verifying it makes the option orderable; a rejection's reason reaches the partner; the same MCT id at two organisations is a
/// conflict on both claims; another organisation cannot touch the claims. Expected values are written out by hand.
/// </summary>
public sealed partial class ClaimReviewTests : IDisposable
{
    private const string Northwind = Personas.NorthwindPartnerId;
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheClaimThatCompletesARequirementComesFirstAndVerifyingItMakesTheOptionOrderable()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        // Northwind meets Silver · Security (2 MCTs, KPIs) but for one exam of its list once its security exams are gone: Fabrikam's
        // claim comes first in time but completes nothing; Northwind's SC-900 completes Silver · Security.
        await _factory.WithDbAsync(db => db.ExamPasses.Where(e => e.PartnerOrganisationId == 3
            && (e.ExamCode == "SC-900" || e.ExamCode == "SC-200" || e.ExamCode == "SC-300" || e.ExamCode == "AZ-500")).ExecuteDeleteAsync());
        var fabrikamExam = await ClaimFlow.ClaimExamAsync(_factory, fabrikam, "4100002", "MB-910", "Jonas Weber");
        var sc900 = await ClaimFlow.ClaimExamAsync(_factory, northwind, Northwind, "SC-900");

        Assert.Contains("Awaiting verification: does not count yet", await northwind.GetStringAsync($"/partners/{Northwind}/exams"));
        var orders = await _factory.WithDbAsync(db => db.Orders.CountAsync());
        using (var refused = await EnrollmentFlow.OrderAsync(northwind, Northwind, "silver/SECURITY"))
        {
            Assert.Equal(orders, await _factory.WithDbAsync(db => db.Orders.CountAsync()));
        }

        var queue = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/claims"));
        Assert.Equal([$"exams-{sc900}", $"exams-{fabrikamExam}"],
            ClaimKeys(queue).Where(k => k == $"exams-{sc900}" || k == $"exams-{fabrikamExam}")); // the demo's own claims aside
        Assert.Contains("Verifying this meets the requirements of Silver · Security.", queue);

        using var verified = await ClaimFlow.DecideAsync(_factory, support, "exams", sc900, "verify", "Transcript shows SC-900 passed 2026-10-01");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);

        Assert.DoesNotContain($"exams-{sc900}", ClaimKeys(WebUtility.HtmlDecode(await support.GetStringAsync("/staff/claims"))));
        Assert.True(await EnrollmentFlow.PlaceOrderAsync(northwind, Northwind, "silver/SECURITY") > 0);
        var note = await _factory.WithDbAsync(db => db.ExamPasses.Where(e => e.Id == sc900).Select(e => e.Review.VerificationNote).SingleAsync());
        Assert.Equal("Transcript shows SC-900 passed 2026-10-01", note);
    }

    [Fact]
    public async Task ARejectedClaimShowsTheReasonAndLeavesTheOrganisationANotice()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Zhang Min", "MCT-NW-777");

        using var rejected = await ClaimFlow.DecideAsync(_factory, support, "trainers", id, "reject", "The transcript link shows no MCT membership.");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var page = WebUtility.HtmlDecode(await northwind.GetStringAsync($"/partners/{Northwind}/trainers"));
        Assert.Contains("Support staff's reason: The transcript link shows no MCT membership.", page);
        var notice = await _factory.WithDbAsync(db => db.PartnerNotifications.Where(n => n.PartnerOrganisationId == 3)
            .OrderByDescending(n => n.Id).FirstAsync());
        Assert.Equal((NoticeKind.ClaimRejected, "/partners/4100003/trainers"), (notice.Kind, notice.Link));
        Assert.Contains("Your claim of MCT MCT-NW-777 (Zhang Min) was rejected</a>", WebUtility.HtmlDecode(await northwind.GetStringAsync($"/partners/{Northwind}")));

        // Decided: a second decision on the same claim changes nothing.
        using var again = await ClaimFlow.DecideAsync(_factory, support, "trainers", id, "verify");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Null(await _factory.WithDbAsync(db => db.Trainers.Where(t => t.Id == id).Select(t => t.Review.VerifiedAt).SingleAsync()));
    }

    [Fact]
    public async Task TheSameMctIdClaimedByTwoOrganisationsIsAConflictOnBothClaims()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Sam Shared", "MCT-SHARED-1");
        await ClaimFlow.ClaimTrainerAsync(_factory, fabrikam, "4100002", "Sam Shared", "mct-shared-1");

        var queue = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/claims"));

        Assert.Contains("Conflict: the same MCT id is also listed by Fabrikam Training GmbH (4100002, Awaiting verification).", queue);
        Assert.Contains("Conflict: the same MCT id is also listed by 北风学院 Northwind Academy (4100003, Awaiting verification).", queue);
    }

    [Fact]
    public async Task TheDemoWorldHasClaimsWaitingAndAConflict()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        using var contoso = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var queue = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/claims"));

        Assert.Equal(3, ClaimKeys(queue).Count);
        Assert.Contains("MCT MCT-DEMO-4242: Morgan Ellis", queue);
        Assert.Contains("Exam AZ-305 passed by Morgan Ellis", queue);
        Assert.Contains("Conflict: the same MCT id is also listed by Fabrikam Training GmbH (4100002, Awaiting verification).", queue);
        Assert.Contains("Conflict: the same MCT id is also listed by Contoso Learning Ltd (4100001, Awaiting verification).", queue);
        Assert.Contains("Awaiting verification: does not count yet", await contoso.GetStringAsync("/partners/4100001/trainers"));
    }

    [Fact]
    public async Task AnotherOrganisationsClaimsAreNeitherShownNorChangeable()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var id = await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Private Person", "MCT-PRIV-1");

        Assert.DoesNotContain("MCT-PRIV-1", await fabrikam.GetStringAsync("/partners/4100002/trainers"));
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/{Northwind}/trainers")).StatusCode);
        using var decide = await fabrikam.PostFormAsync("/partners/4100002/trainers", $"/staff/claims/trainers/{id}/verify",
            ("Version", Guid.Empty.ToString()), ("Note", "Mallory was here"));
        Assert.Contains("access-denied", decide.Headers.Location?.OriginalString ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        using var retire = await fabrikam.PostFormAsync("/partners/4100002/trainers", $"/partners/4100002/trainers/{id}/retire");
        Assert.Equal(HttpStatusCode.NotFound, retire.StatusCode);
        Assert.Null(await _factory.WithDbAsync(db => db.Trainers.Where(t => t.Id == id).Select(t => t.Review.VerifiedAt).SingleAsync()));
    }

    private static List<string> ClaimKeys(string html) => [.. ClaimKey().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-claim=\"([a-z]+-[0-9]+)\"")]
    private static partial Regex ClaimKey();
}
