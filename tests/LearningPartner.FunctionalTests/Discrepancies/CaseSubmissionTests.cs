using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.Discrepancies.CaseFlow;

namespace LearningPartner.FunctionalTests.Discrepancies;

/// <summary>
/// R-DSC-1, R-DSC-3: a partner admin reports a KPI discrepancy from a dashboard row or blank, every field is checked with
/// its message beside it, only an invoice is accepted as evidence, and no organisation reaches another's cases (R-ROLE-4).
/// </summary>
public sealed class CaseSubmissionTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public static TheoryData<string, string, string> InvalidFields() => new()
    {
        { "Month", "13", "Enter the month as a number from 1 to 12." },
        { "Month", "0", "Enter the month as a number from 1 to 12." },
        { "Month", "oct", "Enter the month as a number from 1 to 12." },
        { "Month", "12", "The month cannot be in the future." }, // today is 2026-11-25
        { "Year", "26", "Enter the year as four digits, for example 2026." },
        { "Year", "", "Enter the year as four digits, for example 2026." },
        { "OmlpType", "", "Choose the OMLP type." },
        { "OmlpType", "PRINTED-BOOK", "PRINTED-BOOK is not an OMLP type of the program." },
        { "UnitsPurchased", "-3", "Enter the units purchased: a whole number of 0 or more." },
        { "UnitsPurchased", "2.5", "Enter the units purchased: a whole number of 0 or more." },
        { "InvoiceNumber", "", "Enter the invoice number." },
        { "InvoiceNumber", "=HYPERLINK(\"x\")", "An invoice number cannot start with =, +, - or @." },
        { "InvoiceNumber", new string('9', 41), "Use at most 40 characters." },
        { "KpiValue", "twelve", "Enter the KPI value as a number of 0 or more with a decimal point, for example 12.5." },
        { "KpiValue", "-1", "Enter the KPI value as a number of 0 or more with a decimal point, for example 12.5." },
        { "KpiValue", "", "Enter the KPI value as a number of 0 or more with a decimal point, for example 12.5." },
        { "RevenueValue", "1.330,00", "Enter the revenue as an amount of 0 or more with a decimal point, for example 1140.00." },
        { "Currency", "DOLLARS", "Enter the three-letter currency code, for example USD." },
        { "Currency", "ZZZ", "ZZZ is not an ISO 4217 currency code: enter one such as USD, EUR or CNY." }, // issue 20.6
    };

    [Fact]
    public async Task AReportFromADashboardRowOpensTheFormPreFilledWithThatRow()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        await RecordLineAsync(_factory, "CM2610-9001", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);

        var month = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001/kpis/2026-10"));
        var link = Regex.Match(month, "<tr data-invoice=\"CM2610-9001/1\">.*?<a class=\"report-link\" href=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        var form = WebUtility.HtmlDecode(await admin.GetStringAsync(link));

        Assert.StartsWith("/partners/4100001/cases/new?", link);
        foreach (var (field, value) in new[] { ("Month", "10"), ("Year", "2026"), ("UnitsPurchased", "10"), ("InvoiceNumber", "CM2610-9001"),
                     ("KpiValue", "10"), ("RevenueValue", "950.00"), ("Currency", "USD") })
        {
            Assert.Matches($"name=\"Case.{field}\" value=\"{Regex.Escape(value)}\"", form);
        }

        Assert.Matches("<option value=\"MOC\" selected=\"selected\">", form);
        // The month × OMLP type rows of the dashboard link to the form too (no invoice number: it is a sum of lines).
        Assert.Contains("/partners/4100001/cases/new?Month=10&amp;Year=2026&amp;OmlpType=MOC", await admin.GetStringAsync("/partners/4100001/kpis"));
    }

    [Fact]
    public async Task ABlankFormServesAnInvoiceMissingFromTheDashboardAndSaysWhatEvidenceIsAccepted()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var form = await admin.GetStringAsync(NewCase);

        Assert.Contains("name=\"Case.InvoiceNumber\" value=\"\"", form);
        Assert.Contains("Order confirmations and partner statements are not accepted.", WebUtility.HtmlDecode(form));
    }

    [Fact]
    public async Task ASubmittedCaseIsStoredWithItsClaimEvidenceAndAuditAndListedForThePartner()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var user = await _factory.SignedInClientAsync(Personas.ContosoUser);

        var id = await OpenAsync(admin, Claim("CM2610-9002"), PageValues.PdfProof);

        var stored = await CaseAsync(_factory, id);
        Assert.Equal(new DiscrepancyClaim(10, 2026, "MOC", 14, "CM2610-9002", 14m, new Domain.Common.Money(1330m, "USD")), stored.Claim);
        Assert.Equal((DiscrepancyStatus.Submitted, "invoice.pdf", PortalFactory.Now), (stored.Status, stored.EvidenceFileName, stored.SubmittedAt));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "DiscrepancyCaseSubmitted" && a.EntityId == id.ToString())));
        // Every user of the organisation reads the list and the case (R-ROLE-1), and downloads the evidence as it was sent.
        Assert.Contains($"<tr data-case=\"{id}\">", await user.GetStringAsync(Cases));
        Assert.Contains("data-status=\"Submitted\"", await user.GetStringAsync($"{Cases}/{id}"));
        Assert.Equal(PageValues.PdfProof, await user.GetByteArrayAsync($"{Cases}/{id}/evidence"));
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task EachBadFieldIsRefusedBesideTheFieldAndNothingIsStored(string field, string value, string message)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var claim = Claim("CM2610-9003");
        claim[field] = value;

        var response = await SubmitAsync(admin, claim);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Case.{field}\"[^>]*>{Regex.Escape(message)}<", html);
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    // R-DSC-3: only actual invoices are evidence.
    [InlineData("OrderConfirmation", "An order confirmation is not an invoice: only actual invoices count as KPI.")]
    [InlineData("PartnerStatement", "A partner statement is not an invoice: only actual invoices count as KPI.")]
    public async Task EvidenceThatIsNotAnInvoiceIsRefused(string type, string message)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var claim = Claim("CM2610-9004");
        claim["EvidenceType"] = type;
        var documents = StoredDocuments().Length;

        var html = WebUtility.HtmlDecode(await (await SubmitAsync(admin, claim, PageValues.PdfProof)).Content.ReadAsStringAsync());

        Assert.Matches($"data-valmsg-for=\"Case.EvidenceType\"[^>]*>{Regex.Escape(message)}<", html);
        Assert.Equal(0, await CountAsync());
        Assert.Equal(documents, StoredDocuments().Length);
    }

    [Fact]
    public async Task EvidenceIsCheckedByContentWhateverItsName()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = await (await SubmitAsync(admin, Claim("CM2610-9005"), "#!/bin/sh\necho hi\n"u8.ToArray(), "invoice.pdf")).Content.ReadAsStringAsync();

        Assert.Matches("data-valmsg-for=\"Case.Evidence\"[^>]*>Upload a PDF, PNG or JPEG file.<", html);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task OnlyPartnerAdminsOpenCases()
    {
        using var user = await _factory.SignedInClientAsync(Personas.ContosoUser);
        var token = await user.GetAntiforgeryTokenAsync(Cases);

        var form = await user.GetAsync(NewCase);
        var post = await user.PostAsync(Cases, new FormUrlEncodedContent(Claim("CM2610-9006").Select(f => new KeyValuePair<string, string>($"Case.{f.Key}", f.Value))
            .Append(new("__RequestVerificationToken", token))));

        Assert.StartsWith("/account/access-denied", form.Headers.Location?.OriginalString);
        Assert.StartsWith("/account/access-denied", post.Headers.Location?.OriginalString);
        Assert.DoesNotContain("/cases/new", await user.GetStringAsync(Cases));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task NoOrganisationReachesAnothersCases()
    {
        using var contoso = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(contoso, Claim("CM2610-9007"), PageValues.PdfProof);
        await AskAsync(support, id, "Which line of the invoice?");
        var token = await fabrikam.GetAntiforgeryTokenAsync("/partners/4100002/cases");
        var version = (await CaseAsync(_factory, id)).Version.ToString();
        FormUrlEncodedContent Answer() => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = version,
            ["Reply.Text"] = "Line 2.",
        });

        // Another organisation's route: 404 for every read and change; its own route with the other's case id: 404 as well.
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"{Cases}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"{Cases}/{id}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/4100002/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/4100002/cases/{id}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.PostAsync($"{Cases}/{id}/answer", Answer())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.PostAsync($"/partners/4100002/cases/{id}/answer", Answer())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.PostAsync(Cases, new FormUrlEncodedContent(
            Claim("CM2610-9008").Select(f => new KeyValuePair<string, string>($"Case.{f.Key}", f.Value)).Append(new("__RequestVerificationToken", token))))).StatusCode);
        Assert.DoesNotContain("CM2610-9007", await fabrikam.GetStringAsync("/partners/4100002/cases"));
        Assert.Equal(DiscrepancyStatus.WaitingForPartner, (await CaseAsync(_factory, id)).Status);
        Assert.Equal(0, await CountAsync("CM2610-9008")); // nothing of the refused post
        // Staff read every organisation's cases but change none of a partner's own (R-ROLE-1).
        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync($"{Cases}/{id}")).StatusCode);
    }

    [Fact]
    public async Task ThePartnerAnswersSupportsQuestionWithTheInvoiceAndTheCaseGoesBackToReview()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim("CM2610-9009"));
        await AskAsync(support, id, "Please attach the invoice.");
        var page = $"{Cases}/{id}";
        Assert.Contains("Please attach the invoice.", await admin.GetStringAsync(page));

        var token = await admin.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(await admin.FormValueAsync(page, $"{page}/answer", "version")), "version" },
            { new StringContent("Here it is."), "Reply.Text" },
            { new StringContent("Invoice"), "Reply.DocumentType" },
            { new ByteArrayContent(PageValues.PdfProof), "Reply.Document", "CM2610-9009.pdf" },
        };
        var response = await admin.PostAsync($"{page}/answer", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await CaseAsync(_factory, id);
        Assert.Equal(DiscrepancyStatus.InReview, stored.Status);
        var answer = stored.Messages.Single(m => m.FromPartner);
        Assert.Equal(("Here it is.", "CM2610-9009.pdf"), (answer.Text, answer.DocumentFileName));
        Assert.Equal(PageValues.PdfProof, await support.GetByteArrayAsync($"/staff/cases/{id}/messages/{answer.Id}/document"));
        Assert.Contains("Here it is.", await support.GetStringAsync($"/staff/cases/{id}"));
        // Answered once: the form is gone, and a second post is refused.
        Assert.DoesNotContain($"{page}/answer", await admin.GetStringAsync(page));
    }

    [Theory]
    // R-DSC-3 in an answer too: only actual invoices are evidence.
    [InlineData("OrderConfirmation", "CM2610-9011", "An order confirmation is not an invoice: only actual invoices count as KPI.")]
    [InlineData("PartnerStatement", "CM2610-9012", "A partner statement is not an invoice: only actual invoices count as KPI.")]
    public async Task AnAnswerWithADocumentThatIsNotAnInvoiceIsRefused(string type, string invoiceNumber, string message)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim(invoiceNumber));
        await AskAsync(support, id, "Please attach the invoice.");
        var page = $"{Cases}/{id}";

        var token = await admin.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(await admin.FormValueAsync(page, $"{page}/answer", "version")), "version" },
            { new StringContent("Here is what we have."), "Reply.Text" },
            { new StringContent(type), "Reply.DocumentType" },
            { new ByteArrayContent(PageValues.PdfProof), "Reply.Document", $"{invoiceNumber}.pdf" },
        };
        var response = await admin.PostAsync($"{page}/answer", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Reply.DocumentType\"[^>]*>{Regex.Escape(message)}<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var stored = await CaseAsync(_factory, id);
        Assert.Equal(DiscrepancyStatus.WaitingForPartner, stored.Status);
        Assert.DoesNotContain(stored.Messages, m => m.FromPartner);
    }

    [Fact]
    public async Task AnEmptyAnswerIsRefusedBesideTheField()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim("CM2610-9010"));
        await AskAsync(support, id, "Which line?");
        var page = $"{Cases}/{id}";

        var response = await admin.PostFormAsync(page, $"{page}/answer", ("version", await admin.FormValueAsync(page, $"{page}/answer", "version")),
            ("Reply.Text", "  "));

        Assert.Matches("data-valmsg-for=\"Reply.Text\"[^>]*>Write your message.<", await response.Content.ReadAsStringAsync());
        Assert.Equal(DiscrepancyStatus.WaitingForPartner, (await CaseAsync(_factory, id)).Status);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Cases of the test's invoice numbers (CM2610-9…), beside the demo world's own.</summary>
    private Task<int> CountAsync(string prefix = "CM2610-9") =>
        _factory.WithDbAsync(db => db.DiscrepancyCases.CountAsync(c => c.InvoiceNumber.StartsWith(prefix)));

    private string[] StoredDocuments()
    {
        var folder = _factory.DatabasePath + "-proofs";
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}
