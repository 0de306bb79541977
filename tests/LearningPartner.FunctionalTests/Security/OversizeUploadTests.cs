using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 20, break 1: a file over its form's limit (5 MB for documents, 10 MB for an import) is answered with the form shown
/// again, the message beside the file field and everything else the user typed kept; a file of exactly the limit passes.
/// Before the fix these requests were refused with 400 by the request size limit, and the error page re-executed for the
/// POST failed with 500.
/// </summary>
public sealed class OversizeUploadTests : IDisposable
{
    private const int Megabyte = 1024 * 1024;
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task ASixMegabyteInvoiceDocumentShowsTheHeldInvoiceFormAgainWithTheMessageBesideTheFile()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await PostHeldInvoiceAsync(admin, Pdf(6 * Megabyte));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error field-validation-error\" data-valmsg-for=\"NewInvoice.Document\" data-valmsg-replace=\"true\">"
            + "Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB.</span>", html);
        Assert.Contains("value=\"CM2610-9402\"", html); // what the user typed is kept
        Assert.Contains("value=\"570.00\"", html);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.HeldInvoices.CountAsync(h => h.InvoiceNumber == "CM2610-9402")));
    }

    [Fact]
    public async Task ADocumentOfExactlyFiveMegabytesIsAccepted()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await PostHeldInvoiceAsync(admin, Pdf(5 * Megabyte));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.HeldInvoices.CountAsync(h => h.InvoiceNumber == "CM2610-9402")));
    }

    [Fact]
    public async Task ATwelveMegabyteCaseAttachmentShowsTheCaseFormAgainWithTheDescriptionKept()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100001/cases/new");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in Discrepancies.CaseFlow.Claim("CM2610-9403"))
        {
            form.Add(new StringContent(value), $"Case.{name}");
        }

        form.Add(new ByteArrayContent(Pdf(12 * Megabyte)), "Case.Evidence", "invoice.pdf");

        using var response = await admin.PostAsync("/partners/4100001/cases", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Case.Evidence\" data-valmsg-replace=\"true\">Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB.</span>", html);
        Assert.Contains("The invoice has 14 units; the dashboard counts 10.</textarea>", html);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.DiscrepancyCases.CountAsync(c => c.InvoiceNumber == "CM2610-9403")));
    }

    [Fact]
    public async Task ATwelveMegabyteDocumentInAnAnswerToACaseShowsTheCaseAgainWithTheAnswerKept()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var version = await admin.FormValueAsync("/partners/4100001/cases/2", "/partners/4100001/cases/2/answer", "version");
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100001/cases/2");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version), "version" },
            { new StringContent("Here is the invoice you asked for."), "Reply.Text" },
            { new StringContent("Invoice"), "Reply.DocumentType" },
            { new ByteArrayContent(Pdf(12 * Megabyte)), "Reply.Document", "invoice.pdf" },
        };

        using var response = await admin.PostAsync("/partners/4100001/cases/2/answer", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Reply.Document\" data-valmsg-replace=\"true\">Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB.</span>", html);
        Assert.Contains("Here is the invoice you asked for.</textarea>", html);
    }

    [Fact]
    public async Task ASixMegabyteProofOfPaymentShowsTheOrderAgainWithTheMessageBesideTheFile()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100001/orders/1");
        var payments = await _factory.WithDbAsync(db => db.Payments.CountAsync());

        using var response = await admin.PostAsync("/partners/4100001/orders/1/proof", PageValues.ProofUpload(Pdf(6 * Megabyte), "proof.pdf", token));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"proof\" data-valmsg-replace=\"true\">The file is larger than 5 MB: choose a file of at most 5 MB.</span>", html);
        Assert.Equal(payments, await _factory.WithDbAsync(db => db.Payments.CountAsync()));
    }

    [Fact]
    public async Task AFiftyMegabyteImportShowsTheImportPageAgainWithTheMessage()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var token = await support.GetAntiforgeryTokenAsync("/staff/imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[50 * Megabyte]), "file", "huge.csv" },
        };

        using var response = await support.PostAsync("/staff/imports", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file is larger than 10 MB: choose a file of at most 10 MB.", html);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.InvoiceImports.CountAsync()));
    }

    [Fact]
    public async Task AGzipEncodedFormIsRefusedWithTheErrorPageNotAFailure()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100001/held-invoices");
        using var plain = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf(1024)), "NewInvoice.Document", "a.pdf" } };
        var body = await plain.ReadAsByteArrayAsync();
        using var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(body);
        }

        using var content = new ByteArrayContent(zipped.ToArray());
        content.Headers.ContentType = plain.Headers.ContentType;
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await admin.PostAsync("/partners/4100001/held-invoices", content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>", html);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ABodyOverTheRequestLimitIsRefusedWithTheTooLargePage()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100001/held-invoices");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[101 * Megabyte]), "NewInvoice.Document", "a.pdf" },
        };

        using var response = await admin.PostAsync("/partners/4100001/held-invoices", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<h1>The upload is too large</h1>", html);
        Assert.Contains("A form may send at most 100 MB.", html);
    }

    [Fact]
    public async Task TheErrorPageAnswersAPost()
    {
        using var client = _factory.CreatePortalClient();

        using var response = await client.PostAsync("/error/400", new FormUrlEncodedContent([new("x", "y")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A PDF of exactly <paramref name="bytes"/> bytes.</summary>
    private static byte[] Pdf(int bytes)
    {
        var content = new byte[bytes];
        PageValues.PdfProof.CopyTo(content, 0);
        return content;
    }

    private static async Task<HttpResponseMessage> PostHeldInvoiceAsync(HttpClient admin, byte[] document)
    {
        var token = await admin.GetAntiforgeryTokenAsync("/partners/4100001/held-invoices");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["DocumentType"] = "Invoice",
            ["InvoiceNumber"] = "CM2610-9402",
            ["LineNumber"] = "1",
            ["InvoiceDate"] = "2026-10-05",
            ["OmlpType"] = "MOC",
            ["Units"] = "6",
            ["Revenue"] = "570.00",
            ["Currency"] = "USD",
        })
        {
            form.Add(new StringContent(value), $"NewInvoice.{name}");
        }

        form.Add(new ByteArrayContent(document), "NewInvoice.Document", "invoice.pdf");
        return await admin.PostAsync("/partners/4100001/held-invoices", form);
    }
}
