using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Kpis;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.HeldInvoices;

/// <summary>
/// Issue 7's partner-held invoices: a partner admin submits an invoice line with its document; it counts only once
/// support staff verify it (R-KPI-1), order confirmations and statements are refused (R-KPI-3), recorded lines are
/// never recorded twice nor overwritten (R-KPI-4), and no organisation reaches another's submissions.
/// </summary>
public sealed class HeldInvoiceTests : IDisposable
{
    private const string Page = "/partners/4100001/held-invoices";
    private const string DemoHeldInvoice = "CM-HELD-0001"; // Contoso's demo submission, awaiting verification
    /// <summary>
    /// The demo world stores five documents: this held invoice's, the evidence of a discrepancy case, two transcripts of claims
    /// and Contoso's directory listing logo (issue 24).
    /// </summary>
    private const int DemoDocuments = 5;

    private readonly PortalFactory _factory = new PortalFactory().WithSetting("PublicBaseUrl", "https://portal.example.com");

    public static TheoryData<string, string, string> InvalidFields() => new()
    {
        { "DocumentType", "OrderConfirmation", "An order confirmation is not an invoice: only actual invoices count as KPI." },
        { "DocumentType", "PartnerStatement", "A partner statement is not an invoice: only actual invoices count as KPI." },
        { "InvoiceNumber", "", "Enter the invoice number." },
        { "InvoiceNumber", "=HYPERLINK(\"x\")", "An invoice number cannot start with =, +, - or @." },
        { "LineNumber", "0", "Enter the line number on the invoice: a whole number from 1." },
        { "InvoiceDate", "05/10/2026", "Enter the date as YYYY-MM-DD, for example 2026-01-31." },
        { "InvoiceDate", "2026-11-26", "An invoice cannot be dated in the future." },
        { "InvoiceDate", "2023-10-05", "No program-year rule set covers this date (program year FY2024), so the line cannot be valued." },
        { "OmlpType", "PRINTED-BOOK", "PRINTED-BOOK is not an OMLP type of the invoice date's program year." },
        { "Units", "-3", "Enter the units purchased: a whole number of 0 or more." },
        { "Revenue", "1.140,00", "Enter the revenue as an amount of 0 or more with a decimal point, for example 1140.00." },
        { "Currency", "DOLLARS", "Enter the three-letter currency code, for example USD." },
        { "Currency", "ZZZ", "ZZZ is not an ISO 4217 currency code: enter one such as USD, EUR or CNY." }, // issue 20.6
    };

    [Fact]
    public async Task ASubmittedInvoiceCountsOnlyAfterSupportVerifiesIt()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        var response = await SubmitAsync(admin, Fields(invoice: "CM2610-7001"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Awaiting verification", await admin.GetStringAsync(Page));
        Assert.Null(await LineAsync("CM2610-7001"));

        var id = await HeldIdAsync("CM2610-7001");
        var verified = await support.PostFormAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/verify",
            ("version", await support.FormValueAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/verify", "version")));

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        var line = await LineAsync("CM2610-7001");
        Assert.NotNull(line);
        // R-KPI-2: FY2027 sample weight of MOC is 1.0, so 6 units are worth 6, fixed now.
        Assert.Equal((6m, $"held:{id}", "courseware"), (line.KpiValue, line.Source, line.KpiCategory));
        Assert.Contains("Verified: counts as KPI", await admin.GetStringAsync(Page));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "HeldInvoiceVerified" && a.EntityId == id.ToString())));

        // The partner is told, on its overview and by mail, what the line now counts, the category by its name.
        Assert.Contains(">Invoice CM2610-7001, line 1 is verified: it counts toward your KPIs</a>",
            WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001")));
        var mail = Assert.Single(await MailsAsync(), m => m.Subject.Contains("CM2610-7001", StringComparison.Ordinal));
        Assert.Contains("Support staff verified invoice CM2610-7001, line 1 of 2026-10-05 on 2026-11-25: it counts 6 KPI (Courseware units).", mail.Text);
        Assert.Contains("https://portal.example.com/partners/4100001/held-invoices", mail.Text);
    }

    [Fact]
    public async Task ARefusedInvoiceShowsTheReasonToThePartnerAndNeverCounts()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await HeldIdAsync(DemoHeldInvoice);

        await support.PostFormAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/refuse",
            ("version", await support.FormValueAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/refuse", "version")),
            ("reason", "The document is a quote, not an invoice."));

        Assert.Contains("The document is a quote, not an invoice.", WebUtility.HtmlDecode(await admin.GetStringAsync(Page)));
        Assert.Null(await LineAsync(DemoHeldInvoice));
        Assert.DoesNotContain("/staff/held-invoices/" + id + "/verify", await support.GetStringAsync("/staff/held-invoices"));

        // Mailed with the reason as support wrote it; on the overview in the language of the reader.
        var mail = Assert.Single(await MailsAsync(), m => m.Subject.Contains(DemoHeldInvoice, StringComparison.Ordinal));
        Assert.Equal($"Invoice {DemoHeldInvoice}, line 1 was refused", mail.Subject);
        Assert.Contains("Their reason:\n\nThe document is a quote, not an invoice.", mail.Text);
        using var switched = await admin.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        Assert.Contains($">发票 {DemoHeldInvoice} 第 1 行未被接受</a>", WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001")));
    }

    /// <summary>The notification outbox sent, and the mails it wrote.</summary>
    private async Task<IReadOnlyList<ReceivedMail>> MailsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        return MailFiles.In(_factory.DatabasePath + "-outbox");
    }

    [Fact]
    public async Task ARefusalNeedsAReason()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await HeldIdAsync(DemoHeldInvoice);

        var response = await support.PostFormAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/refuse",
            ("version", await support.FormValueAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/refuse", "version")), ("reason", " "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Give the partner a reason for the refusal", await support.GetStringAsync("/staff/held-invoices"));
        Assert.Equal(HeldInvoiceStatus.Submitted, await StatusAsync(DemoHeldInvoice));
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task EachBadFieldIsRefusedBesideTheFieldAndNothingIsStored(string field, string value, string message)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var fields = Fields(invoice: "CM2610-7002");
        fields[field] = value;

        var response = await SubmitAsync(admin, fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"NewInvoice.{field}\"[^>]*>{Regex.Escape(message)}<", html);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.HeldInvoices.CountAsync())); // the demo submission only
        Assert.Equal(DemoDocuments, StoredDocuments().Length); // the demo world's documents only
    }

    [Fact]
    public async Task ADocumentThatIsNotAPdfOrImageIsRefusedWhateverItsName()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var response = await SubmitAsync(admin, Fields(invoice: "CM2610-7003"), "PK\u0003\u0004 a zip"u8.ToArray(), "invoice.pdf");

        Assert.Contains("Upload a PDF, PNG or JPEG file.", await response.Content.ReadAsStringAsync());
        Assert.Null(await StatusAsync("CM2610-7003"));
    }

    [Fact]
    public async Task ALineAlreadyRecordedIsNotSubmittedAgainAndOneWithOtherValuesShowsTheRecordedVersion()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var recorded = await _factory.WithDbAsync(db => db.InvoiceLines.AsNoTracking().FirstAsync(l => l.PartnerId == "4100001"));
        var same = Fields(invoice: recorded.InvoiceNumber);
        (same["LineNumber"], same["InvoiceDate"], same["OmlpType"], same["Units"], same["Revenue"], same["Currency"]) =
            (recorded.LineNumber.ToString(), recorded.InvoiceDate.ToString("yyyy-MM-dd"), recorded.OmlpType, recorded.Units.ToString(),
                recorded.Revenue.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), recorded.Revenue.Currency);
        var other = new Dictionary<string, string>(same) { ["Units"] = (recorded.Units + 1).ToString() };

        var sameHtml = WebUtility.HtmlDecode(await (await SubmitAsync(admin, same)).Content.ReadAsStringAsync());
        var otherHtml = WebUtility.HtmlDecode(await (await SubmitAsync(admin, other)).Content.ReadAsStringAsync());

        Assert.Contains("is already recorded and counts; there is nothing to submit.", sameHtml);
        Assert.Contains($"is already recorded with other values ({recorded.InvoiceDate:yyyy-MM-dd}, {recorded.OmlpType}, {recorded.Units} units,", otherHtml);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.HeldInvoices.CountAsync()));
    }

    [Fact]
    public async Task TheSameLineSentFourTimesAtOnceWaitsForVerificationOnce()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync(Page);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsync(Page, Form(Fields(invoice: "CM2610-7004"), PageValues.PdfProof, "i.pdf", token))));

        Assert.Equal(1, await _factory.WithDbAsync(db => db.HeldInvoices.CountAsync(h => h.InvoiceNumber == "CM2610-7004")));
        Assert.Equal(DemoDocuments + 1, StoredDocuments().Length); // the losers' documents were removed again
        var again = WebUtility.HtmlDecode(await (await SubmitAsync(admin, Fields(invoice: "CM2610-7004"))).Content.ReadAsStringAsync());
        Assert.Contains("Invoice CM2610-7004 line 1 is already waiting for verification.", again);
    }

    [Fact]
    public async Task AVerificationSentTwiceAtOnceRecordsTheLineOnce()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await HeldIdAsync(DemoHeldInvoice);
        var version = await support.FormValueAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/verify", "version");
        var token = await support.GetAntiforgeryTokenAsync("/staff/held-invoices");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => support.PostAsync($"/staff/held-invoices/{id}/verify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["version"] = version }))));

        Assert.Equal(1, await _factory.WithDbAsync(db => db.InvoiceLines.CountAsync(l => l.InvoiceNumber == DemoHeldInvoice)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "HeldInvoiceVerified")));
    }

    [Fact]
    public async Task ALineImportedWhileTheSubmissionWaitedIsNotRecordedTwice()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await HeldIdAsync(DemoHeldInvoice);
        await _factory.WithDbAsync(async db =>
        {
            db.InvoiceLines.Add(new InvoiceLine("4100001", DemoHeldInvoice, 1, new DateOnly(2026, 10, 10), "MOC", 5,
                new Domain.Common.Money(475.00m, "USD"), "import:99", PortalFactory.Now));
            return await db.SaveChangesAsync();
        });

        await support.PostFormAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/verify",
            ("version", await support.FormValueAsync("/staff/held-invoices", $"/staff/held-invoices/{id}/verify", "version")));

        Assert.Contains($"Invoice {DemoHeldInvoice} line 1 is already recorded", WebUtility.HtmlDecode(await support.GetStringAsync("/staff/held-invoices")));
        Assert.Equal(HeldInvoiceStatus.Submitted, await StatusAsync(DemoHeldInvoice));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.InvoiceLines.CountAsync(l => l.InvoiceNumber == DemoHeldInvoice)));
    }

    [Fact]
    public async Task NoOrganisationReachesAnothersHeldInvoices()
    {
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var contosoUser = await _factory.SignedInClientAsync(Personas.ContosoUser);
        var id = await HeldIdAsync(DemoHeldInvoice);
        var token = await fabrikam.GetAntiforgeryTokenAsync("/partners/4100002/held-invoices");

        var post = await fabrikam.PostAsync(Page, Form(Fields(invoice: "CM2610-7005"), PageValues.PdfProof, "i.pdf", token));
        var ownRouteOtherId = await fabrikam.GetAsync($"/partners/4100002/held-invoices/{id}/document");
        var list = await fabrikam.GetStringAsync("/partners/4100002/held-invoices");
        var userPost = await contosoUser.PostAsync(Page, Form(Fields(invoice: "CM2610-7006"), PageValues.PdfProof, "i.pdf",
            await contosoUser.GetAntiforgeryTokenAsync(Page)));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ownRouteOtherId.StatusCode);
        Assert.DoesNotContain(DemoHeldInvoice, list);
        Assert.Equal(HttpStatusCode.Redirect, userPost.StatusCode); // to access denied: partner users read, admins submit (R-ROLE-1)
        Assert.Contains("/account/access-denied", userPost.Headers.Location!.OriginalString);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.HeldInvoices.CountAsync()));
    }

    [Fact]
    public async Task ThePartnerAndSupportOpenTheDocumentAsItWasUploaded()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        await SubmitAsync(admin, Fields(invoice: "CM2610-7007"));
        var id = await HeldIdAsync("CM2610-7007");

        var forPartner = await admin.GetAsync($"{Page}/{id}/document");
        var forSupport = await support.GetAsync($"/staff/held-invoices/{id}/document");

        Assert.Equal("application/pdf", forPartner.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PageValues.PdfProof, await forPartner.Content.ReadAsByteArrayAsync());
        Assert.Equal(PageValues.PdfProof, await forSupport.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Fields(string invoice) => new()
    {
        ["DocumentType"] = "Invoice",
        ["InvoiceNumber"] = invoice,
        ["LineNumber"] = "1",
        ["InvoiceDate"] = "2026-10-05",
        ["OmlpType"] = "MOC",
        ["Units"] = "6",
        ["Revenue"] = "570.00",
        ["Currency"] = "USD",
    };

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Dictionary<string, string> fields, byte[]? document = null,
        string fileName = "invoice.pdf") =>
        await client.PostAsync(Page, Form(fields, document ?? PageValues.PdfProof, fileName, await client.GetAntiforgeryTokenAsync(Page)));

    private static MultipartFormDataContent Form(Dictionary<string, string> fields, byte[] document, string fileName, string token)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), $"NewInvoice.{name}");
        }

        form.Add(new ByteArrayContent(document), "NewInvoice.Document", fileName);
        return form;
    }

    private Task<InvoiceLine?> LineAsync(string invoice) =>
        _factory.WithDbAsync(db => db.InvoiceLines.AsNoTracking().FirstOrDefaultAsync(l => l.InvoiceNumber == invoice));

    private Task<int> HeldIdAsync(string invoice) =>
        _factory.WithDbAsync(db => db.HeldInvoices.Where(h => h.InvoiceNumber == invoice).Select(h => h.Id).SingleAsync());

    private Task<HeldInvoiceStatus?> StatusAsync(string invoice) =>
        _factory.WithDbAsync(db => db.HeldInvoices.Where(h => h.InvoiceNumber == invoice).Select(h => (HeldInvoiceStatus?)h.Status).FirstOrDefaultAsync());

    private string[] StoredDocuments() =>
        Directory.Exists(_factory.DatabasePath + "-proofs") ? Directory.GetFiles(_factory.DatabasePath + "-proofs") : [];
}
