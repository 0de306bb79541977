using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Notifications;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LearningPartner.FunctionalTests.Discrepancies.CaseFlow;

namespace LearningPartner.FunctionalTests.Discrepancies;

/// <summary>
/// R-DSC-2: support traces a case and resolves it as corrected (a KPI record superseded or added, valued by R-KPI-2, totals
/// changed at once, nothing deleted, audited) or rejected (a reason the partner sees), or asks the partner; each resolution
/// is one transaction, applied once however many staff resolve the case at the same moment.
/// Sample weights (FY2027): MOC 1.0 and LABS-ONLINE 0.5 in courseware, EXAM-VOUCHER 1.0 in certification.
/// </summary>
public sealed class CaseResolutionTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task CorrectingARecordSupersedesItAndChangesThePartnersTotalsAtOnce()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var oldId = await RecordLineAsync(_factory, "CM2610-9101", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var before = await EligibilityKpisAsync(admin);
        var id = await OpenAsync(admin, Claim("CM2610-9101"));

        var trace = WebUtility.HtmlDecode(await support.GetStringAsync($"/staff/cases/{id}"));
        Assert.Matches($"<tr data-record=\"{oldId}\"[^>]*>.*?class=\"num differs\">10<", trace.Replace("\n", " ")); // units: 10 recorded, 14 claimed
        Assert.Contains("Under the rules of FY2027 (R-KPI-2), 14 units of MOC earn KPI 14; the partner claims 14.", trace);
        Assert.Contains("In the published reports of 2026-11-15 to 2027-10-15 (R-KPI-6).", trace);
        Assert.Contains("It counts for eligibility today.", trace);

        var response = await CorrectAsync(support, id, oldId, Correction("2026-10-05", "MOC", "14", "1330.00", "The invoice has 14 units."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await EligibilityKpisAsync(admin);
        Assert.Equal(before["courseware"] + 4m, after["courseware"]); // 10 → 14 MOC units at weight 1.0
        Assert.Equal(before.GetValueOrDefault("certification"), after.GetValueOrDefault("certification"));
        var history = await HistoryAsync(_factory, "CM2610-9101");
        Assert.Equal([(10, 10m, false, (long?)null, "import:test"), (14, 14m, true, oldId, $"case:{id}")],
            history.Select(l => (l.Units, l.KpiValue!.Value, l.IsCurrent, l.SupersedesId, l.Source)));
        var resolved = await CaseAsync(_factory, id);
        Assert.Equal((DiscrepancyStatus.Corrected, 4m, history[1].Id, "The invoice has 14 units."),
            (resolved.Status, resolved.KpiChange, resolved.CorrectedLineId, resolved.Resolution));
        // The partner sees the outcome and its KPI change; the month's lines show only the current record.
        var partnerPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"{Cases}/{id}"));
        Assert.Contains("data-status=\"Corrected\"", partnerPage);
        Assert.Contains("KPI change: +4", partnerPage);
        var month = await admin.GetStringAsync("/partners/4100001/kpis/2026-10");
        Assert.Single(Regex.Matches(month, "data-invoice=\"CM2610-9101/1\""));
    }

    [Fact]
    public async Task TheAuditTrailShowsBeforeAndAfterWhoWhenAndWhy()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var oldId = await RecordLineAsync(_factory, "CM2610-9102", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var id = await OpenAsync(admin, Claim("CM2610-9102"));

        await CorrectAsync(support, id, oldId, Correction("2026-10-05", "LABS-ONLINE", "10", "950.00", "Labs, not courses."));

        var entry = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "KpiRecordSuperseded"));
        Assert.Equal(("InvoiceLine", oldId.ToString(), "Labs, not courses.", PortalFactory.Now), (entry.EntityType, entry.EntityId, entry.Reason, entry.At));
        Assert.Contains("(Sam Rivera)", entry.Actor);
        Assert.Contains("\"OmlpType\":\"MOC\"", entry.Before);
        Assert.Contains("\"KpiValue\":10", entry.Before);
        Assert.Contains("\"OmlpType\":\"LABS-ONLINE\"", entry.After);
        Assert.Contains("\"KpiValue\":5", entry.After); // R-KPI-2: 10 units × 0.5
        var trace = WebUtility.HtmlDecode(await support.GetStringAsync($"/staff/cases/{id}"));
        Assert.Contains("data-action=\"KpiRecordSuperseded\"", trace);
        Assert.Contains("(superseded)", trace);
        Assert.Equal(-5m, (await CaseAsync(_factory, id)).KpiChange);
    }

    [Fact]
    public async Task AMissingInvoiceIsTracedAsNoSuchInvoiceAndAddedAsANewRecord()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var before = await EligibilityKpisAsync(admin);
        var claim = Claim("CM2610-9103");
        (claim["OmlpType"], claim["UnitsPurchased"], claim["KpiValue"]) = ("EXAM-VOUCHER", "6", "6");
        var id = await OpenAsync(admin, claim);

        Assert.Contains("No such invoice: no KPI record of partner 4100001 has invoice number CM2610-9103.",
            WebUtility.HtmlDecode(await support.GetStringAsync($"/staff/cases/{id}")));
        var form = WebUtility.HtmlDecode(await support.GetStringAsync($"/staff/cases/{id}/correct"));
        Assert.Contains("name=\"Input.InvoiceNumber\" value=\"CM2610-9103\"", form);
        Assert.Contains("name=\"Input.LineNumber\" value=\"1\"", form);

        var fields = Correction("2026-10-20", "EXAM-VOUCHER", "6", "990.00", "Invoice checked: it was missing from the import.");
        (fields["InvoiceNumber"], fields["LineNumber"]) = ("CM2610-9103", "1");
        var response = await CorrectAsync(support, id, null, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await EligibilityKpisAsync(admin);
        Assert.Equal(before.GetValueOrDefault("certification") + 6m, after["certification"]); // 6 vouchers at weight 1.0
        Assert.Equal(before["courseware"], after["courseware"]);
        var added = Assert.Single(await HistoryAsync(_factory, "CM2610-9103"));
        Assert.Equal((6m, "certification", $"case:{id}", new DateOnly(2026, 10, 20)), (added.KpiValue!.Value, added.KpiCategory, added.Source, added.InvoiceDate));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "KpiRecordAdded" && a.EntityId == added.Id.ToString())));
    }

    [Fact]
    public async Task AddingALineThatIsAlreadyRecordedIsRefusedBesideTheLineNumber()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        await RecordLineAsync(_factory, "CM2610-9104", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var id = await OpenAsync(admin, Claim("CM2610-9104"));
        var fields = Correction("2026-10-05", "MOC", "14", "1330.00", "Add it.");
        (fields["InvoiceNumber"], fields["LineNumber"]) = ("CM2610-9104", "1");

        var html = WebUtility.HtmlDecode(await (await CorrectAsync(support, id, null, fields)).Content.ReadAsStringAsync());

        Assert.Matches("data-valmsg-for=\"Input.LineNumber\"[^>]*>Invoice CM2610-9104 line 1 is already recorded: correct that record instead.<", html);
        Assert.Equal(DiscrepancyStatus.Submitted, (await CaseAsync(_factory, id)).Status);
        Assert.Single(await HistoryAsync(_factory, "CM2610-9104"));
    }

    [Theory]
    [InlineData("Reason", "", "Give the reason for the correction: the partner sees it, and the audit trail keeps it.")]
    [InlineData("InvoiceDate", "2026-11-26", "An invoice cannot be dated in the future.")]
    [InlineData("InvoiceDate", "2023-10-05", "No program-year rule set covers this date (program year FY2024), so the line cannot be valued.")]
    [InlineData("Units", "-1", "Enter the units purchased: a whole number of 0 or more.")]
    [InlineData("OmlpType", "PRINTED-BOOK", "PRINTED-BOOK is not an OMLP type of the invoice date's program year.")]
    public async Task ABadCorrectionIsRefusedBesideTheFieldAndChangesNothing(string field, string value, string message)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var oldId = await RecordLineAsync(_factory, "CM2610-9105", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var id = await OpenAsync(admin, Claim("CM2610-9105"));
        var fields = Correction("2026-10-05", "MOC", "14", "1330.00", "Fourteen units.");
        fields[field] = value;

        var html = WebUtility.HtmlDecode(await (await CorrectAsync(support, id, oldId, fields)).Content.ReadAsStringAsync());

        Assert.Matches($"data-valmsg-for=\"Input.{field}\"[^>]*>{Regex.Escape(message)}<", html);
        Assert.Equal(DiscrepancyStatus.Submitted, (await CaseAsync(_factory, id)).Status);
        Assert.Single(await HistoryAsync(_factory, "CM2610-9105"));
    }

    [Fact]
    public async Task ACaseCorrectsOnlyItsOwnPartnersRecords()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var fabrikamLine = await _factory.WithDbAsync(db => db.InvoiceLines.AsNoTracking().Where(l => l.PartnerId == Personas.FabrikamPartnerId)
            .Select(l => new { l.Id, l.Units }).FirstAsync());
        var id = await OpenAsync(admin, Claim("CM2610-9113"));
        var page = $"/staff/cases/{id}/correct";

        // Neither the form nor a post that names another partner's record reaches it.
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync($"{page}?lineId={fabrikamLine.Id}")).StatusCode);
        var response = await support.PostFormAsync(page, page, ("version", await support.FormValueAsync(page, page, "version")),
            ("Input.LineId", fabrikamLine.Id.ToString()), ("Input.InvoiceNumber", "X"), ("Input.LineNumber", "1"), ("Input.InvoiceDate", "2026-10-05"),
            ("Input.OmlpType", "MOC"), ("Input.Units", "99"), ("Input.Revenue", "1.00"), ("Input.Currency", "EUR"), ("Input.Reason", "Wrong case."));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // another organisation's record: as if it did not exist
        Assert.Equal(fabrikamLine.Units, await _factory.WithDbAsync(db => db.InvoiceLines.Where(l => l.Id == fabrikamLine.Id).Select(l => l.Units).SingleAsync()));
        Assert.Equal(DiscrepancyStatus.Submitted, (await CaseAsync(_factory, id)).Status);
    }

    [Fact]
    public async Task ACorrectionThatChangesNothingIsRefused()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var oldId = await RecordLineAsync(_factory, "CM2610-9106", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var id = await OpenAsync(admin, Claim("CM2610-9106"));

        var html = WebUtility.HtmlDecode(await (await CorrectAsync(support, id, oldId, Correction("2026-10-05", "MOC", "10", "950.00", "Same."))).Content.ReadAsStringAsync());

        Assert.Contains("These are the recorded values: change at least one, or reject the case instead.", html);
        Assert.Single(await HistoryAsync(_factory, "CM2610-9106"));
    }

    [Fact]
    public async Task ARejectionShowsItsReasonToThePartnerAndChangesNoKpi()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        await RecordLineAsync(_factory, "CM2610-9107", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var before = await EligibilityKpisAsync(admin);
        var id = await OpenAsync(admin, Claim("CM2610-9107"));

        var response = await RejectAsync(support, id, "The invoice shows 10 units; the order confirmation is not an invoice.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"{Cases}/{id}"));
        Assert.Contains("data-status=\"Rejected\"", page);
        Assert.Contains("The invoice shows 10 units; the order confirmation is not an invoice.", page);
        Assert.Equal(before, await EligibilityKpisAsync(admin));
        Assert.Single(await HistoryAsync(_factory, "CM2610-9107"));
        Assert.Equal((DiscrepancyStatus.Rejected, (decimal?)null), ((await CaseAsync(_factory, id)).Status, (await CaseAsync(_factory, id)).KpiChange));
    }

    [Fact]
    public async Task ARejectionNeedsAReasonGivenBesideTheField()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim("CM2610-9108"));

        var response = await RejectAsync(support, id, " ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"reason\"[^>]*>Give the partner a reason for the rejection \\(at most 2000 characters\\).<",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(DiscrepancyStatus.Submitted, (await CaseAsync(_factory, id)).Status);
    }

    [Fact]
    public async Task ARejectionReasonWithAHiddenDirectionOverrideIsRefusedBesideTheField()
    {
        // Issue 20.6: U+202E would make the reason the partner reads display reversed; nothing is stored.
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim("CM2610-9190"));

        var response = await RejectAsync(support, id, "Rejected: see \u202Eeciovni\u202C attached.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"reason\"[^>]*>Remove the invisible control or text-direction character \\(U\\+202E\\) from this text.<",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(DiscrepancyStatus.Submitted, (await CaseAsync(_factory, id)).Status);
    }

    [Fact]
    public async Task TakingAndAskingMoveTheCaseAndThePartnerIsNotifiedInThePortalAndByEmail()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim("CM2610-9109"));

        await TakeAsync(support, id);
        var taken = await CaseAsync(_factory, id);
        Assert.Equal(DiscrepancyStatus.InReview, taken.Status);
        Assert.Contains("(Sam Rivera)", taken.AssignedTo);
        await AskAsync(support, id, "Which invoice line is it?");
        Assert.Equal(DiscrepancyStatus.WaitingForPartner, (await CaseAsync(_factory, id)).Status);

        var overview = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001"));
        Assert.Contains($"<a href=\"/partners/4100001/cases/{id}\">Case {id}: more information needed</a>", overview);
        Assert.Contains($"Case {id}: in review", overview);
        var sent = await _factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(default);
        Assert.Equal(2, sent);
        var mails = MailFiles.In(_factory.DatabasePath + "-outbox");
        Assert.Contains(mails, m => m.Subject == $"Case {id}: more information needed" && m.Text.Contains("Which invoice line is it?")
            && m.Html.Contains("Which invoice line is it?"));
        Assert.All(mails, m => Assert.Contains("contoso", m.To, StringComparison.OrdinalIgnoreCase));
        // Sent once: a second run finds nothing to send.
        Assert.Equal(0, await _factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(default));
    }

    [Fact]
    public async Task TwoStaffCorrectingTheSameCaseAtOnceApplyItOnce()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var first = await _factory.SignedInClientAsync(Personas.Support);
        using var second = await _factory.SignedInClientAsync(Personas.Support);
        var oldId = await RecordLineAsync(_factory, "CM2610-9110", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var before = await EligibilityKpisAsync(admin);
        var id = await OpenAsync(admin, Claim("CM2610-9110"));
        var page = $"/staff/cases/{id}/correct?lineId={oldId}";
        var version = await first.FormValueAsync(page, $"/staff/cases/{id}/correct", "version");
        // Both forms are open before either is sent, as two people would have them.
        var tokens = new Dictionary<HttpClient, string> { [first] = await first.GetAntiforgeryTokenAsync(page), [second] = await second.GetAntiforgeryTokenAsync(page) };
        Task<HttpResponseMessage> Post(HttpClient client, string units, string reason) =>
            client.PostAsync($"/staff/cases/{id}/correct", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = tokens[client],
                ["version"] = version,
                ["Input.LineId"] = oldId.ToString(),
                ["Input.InvoiceNumber"] = "CM2610-9110",
                ["Input.LineNumber"] = "1",
                ["Input.InvoiceDate"] = "2026-10-05",
                ["Input.OmlpType"] = "MOC",
                ["Input.Units"] = units,
                ["Input.Revenue"] = "1330.00",
                ["Input.Currency"] = "USD",
                ["Input.Reason"] = reason,
            }));

        var answers = await Task.WhenAll(Post(first, "14", "First."), Post(second, "15", "Second."), Post(first, "16", "Third."), Post(second, "17", "Fourth."));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            // Told, whichever check caught it: the case's version, or the record already superseded by the winner.
            Assert.Matches("This case was changed by someone else meanwhile; nothing was applied.|That KPI record is no longer current",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }

        var history = await HistoryAsync(_factory, "CM2610-9110");
        Assert.Equal(2, history.Count);
        var resolved = await CaseAsync(_factory, id);
        Assert.Equal(history[1].Id, resolved.CorrectedLineId);
        Assert.Equal(before["courseware"] + (history[1].Units - 10), (await EligibilityKpisAsync(admin))["courseware"]);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "DiscrepancyCaseCorrected")));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.PartnerNotifications.CountAsync(n => n.Kind == NoticeKind.CaseUpdated
            && n.Facts!.Contains("\"Status\":\"Corrected\""))));
    }

    [Fact]
    public async Task ARejectionAndACorrectionAtOnceLeaveOneOutcome()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var first = await _factory.SignedInClientAsync(Personas.Support);
        using var second = await _factory.SignedInClientAsync(Personas.Support);
        var oldId = await RecordLineAsync(_factory, "CM2610-9111", 1, new DateOnly(2026, 10, 5), "MOC", 10, 950m, "courseware", 1m);
        var id = await OpenAsync(admin, Claim("CM2610-9111"));

        await Task.WhenAll(RejectAsync(first, id, "No."), CorrectAsync(second, id, oldId, Correction("2026-10-05", "MOC", "14", "1330.00", "Yes.")));

        var resolved = await CaseAsync(_factory, id);
        var history = await HistoryAsync(_factory, "CM2610-9111");
        Assert.True(resolved.Status == DiscrepancyStatus.Rejected ? history.Count == 1 : history.Count == 2 && resolved.Status == DiscrepancyStatus.Corrected);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityId == id.ToString() && (a.Action == "DiscrepancyCaseRejected" || a.Action == "DiscrepancyCaseCorrected"))));
    }

    [Fact]
    public async Task AResolvedCaseIsFinal()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await OpenAsync(admin, Claim("CM2610-9112"));
        var version = await VersionAsync(support, id);
        await RejectAsync(support, id, "Duplicate of another case.");

        var again = await support.PostFormAsync($"/staff/cases/{id}", $"/staff/cases/{id}/take", ("version", version));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("This case was changed by someone else meanwhile; nothing was applied.", WebUtility.HtmlDecode(await support.GetStringAsync($"/staff/cases/{id}")));
        Assert.DoesNotContain($"/staff/cases/{id}/take", await support.GetStringAsync($"/staff/cases/{id}"));
        Assert.Equal(DiscrepancyStatus.Rejected, (await CaseAsync(_factory, id)).Status);
    }

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Correction(string date, string type, string units, string revenue, string reason) => new()
    {
        ["InvoiceDate"] = date,
        ["OmlpType"] = type,
        ["Units"] = units,
        ["Revenue"] = revenue,
        ["Currency"] = "USD",
        ["Reason"] = reason,
    };
}
