using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Trainers;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Claims;

/// <summary>
/// R-MCT-1's evidence as a document: a trainer or exam claim brings a transcript share link, a transcript PDF, or both; a PDF only
/// (checked by content and name); the partner's own people and support staff (from the claims queue) download it as an
/// attachment, and no other organisation does. Expected values are written out by hand.
/// </summary>
public sealed partial class ClaimEvidenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Northwind = Personas.NorthwindPartnerId;
    private const string Trainers = $"/partners/{Northwind}/trainers";
    private const string Exams = $"/partners/{Northwind}/exams";

    /// <summary>A small PDF that is not the test suite's proof of payment, so the bytes compared are this transcript's.</summary>
    private static readonly byte[] Transcript = "%PDF-1.4\n% Microsoft Learn transcript: Li Wei, MCT\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static TheoryData<byte[], string> NotPdfs() => new()
    {
        { Png, "transcript.pdf" }, // a screenshot renamed .pdf
        { "PK\u0003\u0004 a zip"u8.ToArray(), "transcript.pdf" },
        { Transcript, "transcript.png" }, // a PDF under an image's name
        { Png, "transcript.png" }, // an image, honestly named: still not a transcript PDF
    };

    [Fact]
    public async Task ATrainerClaimWithOnlyAPdfIsAcceptedAndAwaitsVerification()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);

        using var response = await ClaimFlow.PostWithDocumentAsync(admin, Trainers, Trainers, "NewTrainer", TrainerFields("MCT-PDF-1"), Transcript);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var trainer = await factory.WithDbAsync(db => db.Trainers.AsNoTracking().SingleAsync(t => t.MctId == "MCT-PDF-1"));
        Assert.Equal((FactStatus.AwaitingVerification, null), (trainer.Review.Status, trainer.Review.EvidenceLink));
        Assert.Matches("^[0-9a-f]{32}\\.bin$", trainer.Review.EvidenceDocument);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Trainers));
        Assert.Contains("Li Wei was added. The trainer counts once support staff have verified the claim.", page);
        Assert.Contains("Awaiting verification: does not count yet", page);
        Assert.Contains($"href=\"{Trainers}/{trainer.Id}/evidence\"", page);

        // The organisation's own people read it: a partner user of Northwind as well as its admin.
        using var download = await admin.GetAsync($"{Trainers}/{trainer.Id}/evidence");
        AssertPdfAttachment(download, "transcript-MCT-PDF-1.pdf");
        Assert.Equal(Transcript, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnExamClaimWithOnlyAPdfIsAcceptedAndAwaitsVerification()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        var before = await factory.WithDbAsync(db => db.ExamPasses.CountAsync());

        using var response = await ClaimFlow.PostWithDocumentAsync(admin, Exams, Exams, "NewExamPass", ExamFields("DP-203"), Transcript);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pass = await factory.WithDbAsync(db => db.ExamPasses.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((before + 1, "DP-203", FactStatus.AwaitingVerification, null),
            (await factory.WithDbAsync(db => db.ExamPasses.CountAsync()), pass.ExamCode, pass.Review.Status, pass.Review.EvidenceLink));
        Assert.Contains("Awaiting verification: does not count yet", await admin.GetStringAsync(Exams));
        using var download = await admin.GetAsync($"{Exams}/{pass.Id}/evidence");
        AssertPdfAttachment(download, $"transcript-DP-203-{pass.Id}.pdf");
        Assert.Equal(Transcript, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheFormsSendTheirFilesAndOfferAPdfField()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);

        foreach (var (page, field) in new[] { (Trainers, "NewTrainer.EvidenceDocument"), (Exams, "NewExamPass.EvidenceDocument") })
        {
            var html = await admin.GetStringAsync(page);
            var tags = Tag().Matches(html).Select(m => m.Value).ToList();
            Assert.Contains(tags, t => t.StartsWith("<form", StringComparison.Ordinal) && t.Contains($"action=\"{page}\"", StringComparison.Ordinal)
                && t.Contains("enctype=\"multipart/form-data\"", StringComparison.Ordinal));
            Assert.Contains(tags, t => t.Contains($"name=\"{field}\"", StringComparison.Ordinal) && t.Contains("type=\"file\"", StringComparison.Ordinal)
                && t.Contains("accept=\".pdf,application/pdf\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task NeitherLinkNorPdfIsExplainedBesideTheLinkAndNothingIsSaved()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        var (trainers, exams, documents) = (await CountAsync(db => db.Trainers), await CountAsync(db => db.ExamPasses), StoredDocuments());

        using var trainer = await ClaimFlow.PostWithDocumentAsync(admin, Trainers, Trainers, "NewTrainer", TrainerFields("MCT-NONE-1"), null);
        using var exam = await ClaimFlow.PostWithDocumentAsync(admin, Exams, Exams, "NewExamPass", ExamFields("DP-100"), null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (trainer.StatusCode, exam.StatusCode));
        Assert.Matches("data-valmsg-for=\"NewTrainer.EvidenceLink\"[^>]*>Enter the trainer's Microsoft Learn transcript share link or upload the transcript PDF: support staff verify the claim with it.<",
            WebUtility.HtmlDecode(await trainer.Content.ReadAsStringAsync()));
        Assert.Matches("data-valmsg-for=\"NewExamPass.EvidenceLink\"[^>]*>Enter the link to the certification or transcript, or upload it as a PDF: support staff verify the claim with it.<",
            WebUtility.HtmlDecode(await exam.Content.ReadAsStringAsync()));
        Assert.Equal((trainers, exams), (await CountAsync(db => db.Trainers), await CountAsync(db => db.ExamPasses)));
        Assert.Equal(documents, StoredDocuments());
    }

    [Theory]
    [MemberData(nameof(NotPdfs))]
    public async Task AFileThatIsNotAPdfIsRefusedBesideTheFileEvenWithALink(byte[] content, string fileName)
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        var (trainers, exams, documents) = (await CountAsync(db => db.Trainers), await CountAsync(db => db.ExamPasses), StoredDocuments());
        const string Refused = "Upload the transcript as a PDF file (.pdf): other file types, screenshots included, are not accepted.";

        using var trainer = await ClaimFlow.PostWithDocumentAsync(admin, Trainers, Trainers, "NewTrainer",
            [.. TrainerFields("MCT-NOTPDF-1"), ("EvidenceLink", ClaimFlow.TranscriptLink)], content, fileName);
        using var exam = await ClaimFlow.PostWithDocumentAsync(admin, Exams, Exams, "NewExamPass", ExamFields("DP-300"), content, fileName);

        Assert.Matches($"data-valmsg-for=\"NewTrainer.EvidenceDocument\"[^>]*>{Regex.Escape(Refused)}<", WebUtility.HtmlDecode(await trainer.Content.ReadAsStringAsync()));
        Assert.Matches($"data-valmsg-for=\"NewExamPass.EvidenceDocument\"[^>]*>{Regex.Escape(Refused)}<", WebUtility.HtmlDecode(await exam.Content.ReadAsStringAsync()));
        Assert.Equal((trainers, exams), (await CountAsync(db => db.Trainers), await CountAsync(db => db.ExamPasses)));
        Assert.Equal(documents, StoredDocuments());
    }

    [Fact]
    public async Task SupportStaffDownloadTheTranscriptFromTheQueueAsItWasUploaded()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        using (var claimed = await ClaimFlow.PostWithDocumentAsync(admin, Trainers, Trainers, "NewTrainer",
            [.. TrainerFields("MCT-QUEUE-1"), ("EvidenceLink", ClaimFlow.TranscriptLink)], Transcript))
        {
            Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        }

        var id = await factory.WithDbAsync(db => db.Trainers.Where(t => t.MctId == "MCT-QUEUE-1").Select(t => t.Id).SingleAsync());
        var card = Card(await support.GetStringAsync("/staff/claims"), $"trainers-{id}");
        Assert.Contains(ClaimFlow.TranscriptLink, card); // the link stays beside the PDF
        var link = EvidenceLink().Match(card);
        Assert.True(link.Success, "No 'Transcript PDF' link on the claim's card");
        Assert.Equal($"/staff/claims/trainers/{id}/evidence", link.Groups["href"].Value);
        Assert.StartsWith("Transcript PDF", link.Groups["text"].Value);

        using var download = await support.GetAsync(link.Groups["href"].Value);

        AssertPdfAttachment(download, "transcript-MCT-QUEUE-1.pdf");
        Assert.Equal(Transcript, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnotherOrganisationsPartnerAdminCannotDownloadTheTranscript()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var claimedTrainer = await ClaimFlow.PostWithDocumentAsync(admin, Trainers, Trainers, "NewTrainer", TrainerFields("MCT-XORG-1"), Transcript);
        using var claimedExam = await ClaimFlow.PostWithDocumentAsync(admin, Exams, Exams, "NewExamPass", ExamFields("AZ-700"), Transcript);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (claimedTrainer.StatusCode, claimedExam.StatusCode));
        var trainer = await factory.WithDbAsync(db => db.Trainers.Where(t => t.MctId == "MCT-XORG-1").Select(t => t.Id).SingleAsync());
        var exam = await factory.WithDbAsync(db => db.ExamPasses.Where(e => e.ExamCode == "AZ-700" && e.PartnerOrganisationId == 3)
            .OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());

        // Under Northwind's partner id the organisation is not Fabrikam's; under Fabrikam's own, the claim is not found; the staff
        // route is support's only.
        using var foreignRoute = await fabrikam.GetAsync($"{Trainers}/{trainer}/evidence");
        using var ownRoute = await fabrikam.GetAsync($"/partners/4100002/trainers/{trainer}/evidence");
        using var foreignExam = await fabrikam.GetAsync($"{Exams}/{exam}/evidence");
        using var ownExam = await fabrikam.GetAsync($"/partners/4100002/exams/{exam}/evidence");
        using var staffRoute = await fabrikam.GetAsync($"/staff/claims/trainers/{trainer}/evidence");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { foreignRoute.StatusCode, ownRoute.StatusCode, foreignExam.StatusCode, ownExam.StatusCode });
        Assert.Contains("/account/access-denied", staffRoute.Headers.Location?.OriginalString ?? string.Empty);
        Assert.DoesNotContain("%PDF", await ownRoute.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANewTranscriptOnAnEditMakesAVerifiedTrainerANewClaimWithIt()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var id = await ClaimFlow.ClaimTrainerAsync(factory, admin, Northwind, "Li Wei", "MCT-RENEW-7", "2027-01-31");
        using (var verified = await ClaimFlow.DecideAsync(factory, support, "trainers", id, "verify"))
        {
            Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        }

        var edit = $"{Trainers}/{id}/edit";
        using var saved = await ClaimFlow.PostWithDocumentAsync(admin, edit, edit, "Input",
            [("Name", "Li Wei"), ("MctId", "MCT-RENEW-7"), ("ValidUntil", "2028-01-31"), ("Version", await admin.HiddenValueAsync(edit, "Input.Version"))],
            Transcript);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var review = (await factory.WithDbAsync(db => db.Trainers.AsNoTracking().SingleAsync(t => t.Id == id))).Review;
        Assert.Equal((FactStatus.AwaitingVerification, ClaimFlow.TranscriptLink), (review.Status, review.EvidenceLink));
        using var download = await support.GetAsync($"/staff/claims/trainers/{id}/evidence");
        Assert.Equal(Transcript, await download.Content.ReadAsByteArrayAsync());
    }

    private static (string, string)[] TrainerFields(string mctId) => [("Name", "Li Wei"), ("MctId", mctId), ("ValidUntil", "2027-12-31")];

    private static (string, string)[] ExamFields(string examCode) => [("ExamCode", examCode), ("PersonName", "Li Wei"), ("PassedOn", "2026-10-01")];

    private static void AssertPdfAttachment(HttpResponseMessage download, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
    }

    private Task<int> CountAsync<T>(Func<Infrastructure.Persistence.PortalDbContext, IQueryable<T>> rows) =>
        factory.WithDbAsync(db => rows(db).CountAsync());

    private string[] StoredDocuments()
    {
        var folder = factory.DatabasePath + "-proofs";
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order()] : [];
    }

    /// <summary>The staff queue's card of one claim.</summary>
    private static string Card(string html, string key)
    {
        var start = html.IndexOf($"data-claim=\"{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No card {key} in the queue");
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)]);
    }

    [GeneratedRegex("<(?:form|input)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<a (?=[^>]*data-evidence-document)[^>]*href=\"(?<href>[^\"]+)\"[^>]*>(?<text>[^<]*)")]
    private static partial Regex EvidenceLink();
}
