using System.Net;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Claims;

/// <summary>
/// R-MCT-1 in bulk: support import an MCT roster or exam results; a row matching a claim verifies it, a new row becomes a
/// verified fact, a re-import changes nothing, a conflicting row is shown beside the recorded version, a bad file is refused
/// whole, and a commit writes nothing when the partners' facts changed since the preview. The clock reads 2026-11-25.
/// </summary>
public sealed class FactImportTests : IDisposable
{
    private const string Northwind = Personas.NorthwindPartnerId;
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnExamResultMatchingAClaimVerifiesItAndTheOptionBecomesOrderable()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        // As in ClaimReviewTests: without its security exams Northwind lacks one exam of Silver · Security's list.
        await _factory.WithDbAsync(db => db.ExamPasses.Where(e => e.PartnerOrganisationId == 3
            && (e.ExamCode == "SC-900" || e.ExamCode == "SC-200" || e.ExamCode == "SC-300" || e.ExamCode == "AZ-500")).ExecuteDeleteAsync());
        var sc900 = await ClaimFlow.ClaimExamAsync(_factory, northwind, Northwind, "SC-900", "Li Wei", "2026-10-01");

        var preview = await FactImportFlow.UploadAsync(support, "exam-results", $"{FactImportFlow.ExamHeader}\n{Northwind},li wei,sc-900,2026-10-01\n");

        Assert.Equal([(2, "VerifiesClaim")], await FactImportFlow.RowsAsync(support, preview));
        using (var committed = await FactImportFlow.CommitAsync(support, preview))
        {
            Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        }

        var importId = int.Parse(preview.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var review = await _factory.WithDbAsync(db => db.ExamPasses.Where(e => e.Id == sc900)
            .Select(e => new { e.Review.VerifiedAt, e.Review.VerificationNote }).SingleAsync());
        Assert.NotNull(review.VerifiedAt);
        Assert.Equal($"Exam results import {importId} (records.csv), line 2", review.VerificationNote);
        Assert.True(await EnrollmentFlow.PlaceOrderAsync(northwind, Northwind, "silver/SECURITY") > 0);
        Assert.Contains("Committed on 2026-11-25 10:00 UTC by", WebUtility.HtmlDecode(await support.GetStringAsync(preview)));
    }

    [Fact]
    public async Task ARosterRowVerifiesOnlyTheClaimOfThePartnerItNames()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        // The demo world: Contoso and Fabrikam both claim MCT-DEMO-4242, valid until today + 10 months (2027-09-25).
        var preview = await FactImportFlow.UploadAsync(support, "mct-roster",
            $"{FactImportFlow.RosterHeader}\n4100001,MCT-DEMO-4242,Morgan Ellis,morgan.ellis@contoso-learning.example,2027-09-25\n");
        Assert.Equal([(2, "VerifiesClaim")], await FactImportFlow.RowsAsync(support, preview));
        using (await FactImportFlow.CommitAsync(support, preview))
        {
        }

        var statuses = await _factory.WithDbAsync(db => db.Trainers.Where(t => t.MctId == "MCT-DEMO-4242")
            .OrderBy(t => t.PartnerOrganisationId).Select(t => t.Review.VerifiedAt != null).ToListAsync());
        Assert.Equal([true, false], statuses); // Contoso's verified, Fabrikam's still waiting for staff
        var queue = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/claims"));
        Assert.Contains("Conflict: the same MCT id is also listed by Contoso Learning Ltd (4100001, verified).", queue);
    }

    [Fact]
    public async Task NewRowsBecomeVerifiedFactsThatCountAndReImportingTheFileChangesNothing()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        const string Roster = $"{FactImportFlow.RosterHeader},Region\n{Northwind},MCT-NW-NEW-1,Zhao Lei,zhao.lei@northwind.example,2027-08-31,APAC\n";
        var trainersBefore = await _factory.WithDbAsync(db => db.Trainers.CountAsync());

        var first = await FactImportFlow.UploadAsync(support, "mct-roster", Roster);
        var firstPage = WebUtility.HtmlDecode(await support.GetStringAsync(first));
        Assert.Contains("Ignored columns: Region. The portal does not use them.", firstPage);
        Assert.Equal([(2, "New")], await FactImportFlow.RowsAsync(support, first));
        using (await FactImportFlow.CommitAsync(support, first))
        {
        }

        Assert.Equal(trainersBefore + 1, await _factory.WithDbAsync(db => db.Trainers.CountAsync()));
        Assert.Contains("Verified: counts", await northwind.GetStringAsync($"/partners/{Northwind}/trainers"));

        var again = await FactImportFlow.UploadAsync(support, "mct-roster", Roster);
        var page = WebUtility.HtmlDecode(await support.GetStringAsync(again));
        Assert.Contains("This file records or verifies nothing: every readable row is recorded already or conflicts.", page);
        Assert.Empty(await FactImportFlow.RowsAsync(support, again)); // an already recorded row is counted, not listed
        Assert.Contains("<span class=\"stat-value\" id=\"count-recorded\">1</span>", page);
        Assert.DoesNotContain($"{again}/commit", page); // nothing to commit
        Assert.Equal(trainersBefore + 1, await _factory.WithDbAsync(db => db.Trainers.CountAsync()));
    }

    [Fact]
    public async Task ConflictingRowsAreShownBesideTheRecordedVersionAndChangeNothing()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var claimed = await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Chen Jie", "MCT-NW-C1", "2027-12-31");
        var rejected = await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Ma Lin", "MCT-NW-R1", "2027-12-31");
        using (await ClaimFlow.DecideAsync(_factory, support, "trainers", rejected, "reject", "No MCT membership on the transcript."))
        {
        }

        var preview = await FactImportFlow.UploadAsync(support, "mct-roster", $"""
            {FactImportFlow.RosterHeader}
            {Northwind},MCT-NW-C1,Chen Jie,,2027-06-30
            {Northwind},MCT-NW-R1,Ma Lin,,2027-12-31
            {Northwind},MCT-NW-D1,Du Wen,,2027-05-31
            {Northwind},mct-nw-d1,Du Wen,,2027-05-30
            {Northwind},MCT-NW-D1,Du Wen,,2027-05-31
            """);

        Assert.Equal([(2, "Conflict"), (3, "Conflict"), (4, "New"), (5, "Conflict")], await FactImportFlow.RowsAsync(support, preview));
        var page = WebUtility.HtmlDecode(await support.GetStringAsync(preview));
        Assert.Contains("4100003 · MCT-NW-C1 · Chen Jie · — · 2027-06-30", page);
        Assert.Contains("Recorded: Chen Jie, MCT MCT-NW-C1, valid until 2027-12-31 (awaiting verification).", page);
        Assert.Contains("Recorded: Ma Lin, MCT MCT-NW-R1, valid until 2027-12-31 (rejected by support staff: No MCT membership on the transcript.).", page);
        Assert.Contains("Line 4 of this file has other values for this fact.", page);
        using (await FactImportFlow.CommitAsync(support, preview))
        {
        }

        var reviews = await _factory.WithDbAsync(db => db.Trainers.Where(t => t.Id == claimed || t.Id == rejected).OrderBy(t => t.Id)
            .Select(t => new { t.ValidUntil, t.Review.VerifiedAt, t.Review.RejectedAt }).ToListAsync());
        Assert.Equal(new DateOnly(2027, 12, 31), reviews[0].ValidUntil);
        Assert.Null(reviews[0].VerifiedAt);
        Assert.Null(reviews[1].VerifiedAt);
        Assert.NotNull(reviews[1].RejectedAt);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Trainers.CountAsync(t => t.MctId == "MCT-NW-D1")));
    }

    [Fact]
    public async Task UnreadableRowsAreRejectedWithTheirLineAndReason()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var preview = await FactImportFlow.UploadAsync(support, "exam-results", $"""
            {FactImportFlow.ExamHeader}
            4199999,Li Wei,AZ-104,2026-10-01
            {Northwind},Li Wei,AZ104,2026-10-01
            {Northwind},Li Wei,AZ-104,01/10/2026
            {Northwind},,AZ-104,2026-10-01
            {Northwind},=HYPERLINK("x"),AZ-104,2026-10-01
            {Northwind},Li Wei,AZ-104,2026-12-01
            {Northwind},Li Wei,AZ-104
            """);

        Assert.Equal([(2, "Rejected"), (3, "Rejected"), (4, "Rejected"), (5, "Rejected"), (6, "Rejected"), (7, "Rejected"), (8, "Rejected")],
            await FactImportFlow.RowsAsync(support, preview));
        var page = WebUtility.HtmlDecode(await support.GetStringAsync(preview));
        Assert.Contains("No partner organisation has the partner id 4199999.", page);
        Assert.Contains("Exam code 'AZ104' does not look like AZ-104 or PL-200.", page);
        Assert.Contains("Passed on '01/10/2026' is not a date as YYYY-MM-DD.", page);
        Assert.Contains("Empty field: PersonName.", page);
        Assert.Contains("A field starts with a spreadsheet formula character (=); formulas are not accepted.", page);
        Assert.Contains("Passed on 2026-12-01 is after today (2026-11-25): an exam cannot be passed in the future.", page);
        Assert.Contains("The row has 3 fields; the header has 4.", page);
    }

    [Theory]
    [InlineData("mct-roster", "PartnerId,MctId,Name,Email\n4100003,MCT-X-1,A B,\n",
        "Missing columns: ValidUntil. Expected: PartnerId, MctId, Name, Email, ValidUntil.")]
    [InlineData("exam-results", "PartnerId,PersonName,ExamCode,PassedOn\n4100003,\"Li Wei,AZ-104,2026-10-01\n",
        "Unbalanced quote on line 2: the quoted field that opens there does not close where the field ends. Check the quotes on that line; nothing was imported.")]
    [InlineData("exam-results", "PartnerId,PersonName,ExamCode,PassedOn\n", "The file has a header but no rows.")]
    public async Task AMalformedFileIsRefusedWholeBesideItsFieldAndNothingIsStored(string kind, string content, string message)
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        using var response = await FactImportFlow.SendAsync(support, kind, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var field = kind == "mct-roster" ? "file-MctRoster-error" : "file-ExamResults-error";
        Assert.Matches($"id=\"{field}\"[^>]*>\\s*<span[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}", page);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.FactImports.CountAsync()));
    }

    [Fact]
    public async Task ANewExamResultCountsAsAVerifiedPassOnThePartnersPage()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        var preview = await FactImportFlow.UploadAsync(support, "exam-results", $"{FactImportFlow.ExamHeader}\n{Northwind},Qian Yu,PL-300,2026-09-14\n");
        using (await FactImportFlow.CommitAsync(support, preview))
        {
        }

        var pass = await _factory.WithDbAsync(db => db.ExamPasses.Where(e => e.PersonName == "Qian Yu")
            .Select(e => new { e.PartnerOrganisationId, e.ExamCode, e.PassedOn, Verified = e.Review.VerifiedAt != null }).SingleAsync());
        Assert.Equal(new { PartnerOrganisationId = 3, ExamCode = "PL-300", PassedOn = new DateOnly(2026, 9, 14), Verified = true }, pass);
        var page = WebUtility.HtmlDecode(await northwind.GetStringAsync($"/partners/{Northwind}/exams"));
        Assert.Contains("Qian Yu", page);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ExamPassAdded" && a.PartnerOrganisationId == 3)));
    }

    [Fact]
    public async Task ACommitWritesNothingWhenThePartnersFactsChangedSinceThePreview()
    {
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var preview = await FactImportFlow.UploadAsync(support, "mct-roster",
            $"{FactImportFlow.RosterHeader}\n{Northwind},MCT-NW-RACE,Sun Hao,,2027-04-30\n{Northwind},MCT-NW-OTHER,Lin Yi,,2027-04-30\n");
        // The partner claims the same MCT id after the preview: the row is no longer new.
        await ClaimFlow.ClaimTrainerAsync(_factory, northwind, Northwind, "Sun Hao", "MCT-NW-RACE", "2027-04-30");

        using (await FactImportFlow.CommitAsync(support, preview))
        {
        }

        var page = WebUtility.HtmlDecode(await support.GetStringAsync(preview));
        Assert.Contains("Trainers or exam passes of these partners changed since this preview. Nothing was written; upload the file again for a new preview.", page);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Trainers.CountAsync(t => t.MctId == "MCT-NW-OTHER")));
        Assert.Null(await _factory.WithDbAsync(db => db.Trainers.Where(t => t.MctId == "MCT-NW-RACE").Select(t => t.Review.VerifiedAt).SingleAsync()));
        Assert.Null(await _factory.WithDbAsync(db => db.FactImports.Select(i => i.CommittedAt).SingleAsync()));
    }

    [Fact]
    public async Task ACommitRunsOnceEvenWhenSentSeveralTimesAtTheSameMoment()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var preview = await FactImportFlow.UploadAsync(support, "mct-roster", $"{FactImportFlow.RosterHeader}\n{Northwind},MCT-NW-ONCE,Xu Ming,,2027-04-30\n");
        var added = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "TrainerAdded"));
        var version = await support.FormValueAsync(preview, $"{preview}/commit", "version");
        var token = await support.GetAntiforgeryTokenAsync(preview);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => support.PostAsync($"{preview}/commit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["version"] = version }))));

        Assert.Equal(1, await _factory.WithDbAsync(db => db.Trainers.CountAsync(t => t.MctId == "MCT-NW-ONCE")));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "FactImportCommitted")));
        Assert.Equal(added + 1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "TrainerAdded")));
    }

    [Fact]
    public async Task TheDocumentedSamplesArePreviewedAsNewFacts()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        foreach (var (kind, sample) in new[] { ("mct-roster", "mct-roster-sample.csv"), ("exam-results", "exam-results-sample.csv") })
        {
            var content = await support.GetStringAsync($"/staff/fact-imports/{sample}");
            var preview = await FactImportFlow.UploadAsync(support, kind, content);
            Assert.Equal([(2, "New"), (3, "New"), (4, "New")], await FactImportFlow.RowsAsync(support, preview));
        }
    }
}
