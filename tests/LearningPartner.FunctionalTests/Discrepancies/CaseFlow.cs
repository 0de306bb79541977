using System.Net;
using System.Text.Json;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Discrepancies;

/// <summary>The steps of a KPI discrepancy case as a browser takes them: the partner's form, support's actions.</summary>
internal static class CaseFlow
{
    public const string Partner = Personas.ContosoPartnerId;
    public const string Cases = "/partners/4100001/cases";
    public const string NewCase = "/partners/4100001/cases/new";

    /// <summary>A claim as typed in the form: October 2026, 14 MOC units, KPI 14, 1,330.00 USD.</summary>
    public static Dictionary<string, string> Claim(string invoice) => new()
    {
        ["Month"] = "10",
        ["Year"] = "2026",
        ["OmlpType"] = "MOC",
        ["UnitsPurchased"] = "14",
        ["InvoiceNumber"] = invoice,
        ["KpiValue"] = "14",
        ["RevenueValue"] = "1330.00",
        ["Currency"] = "USD",
        ["Description"] = "The invoice has 14 units; the dashboard counts 10.",
        ["EvidenceType"] = "Invoice",
    };

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient partner, Dictionary<string, string> claim, byte[]? evidence = null,
        string evidenceName = "invoice.pdf")
    {
        var token = await partner.GetAntiforgeryTokenAsync(NewCase);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in claim)
        {
            form.Add(new StringContent(value), $"Case.{name}");
        }

        if (evidence is not null)
        {
            form.Add(new ByteArrayContent(evidence), "Case.Evidence", evidenceName);
        }

        return await partner.PostAsync(Cases, form);
    }

    /// <summary>Submits the claim and returns the new case's id.</summary>
    public static async Task<int> OpenAsync(HttpClient partner, Dictionary<string, string> claim, byte[]? evidence = null)
    {
        var response = await SubmitAsync(partner, claim, evidence);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return PageValues.IdFromLocation(response);
    }

    public static Task<string> VersionAsync(HttpClient support, int caseId) =>
        support.FormValueAsync($"/staff/cases/{caseId}", $"/staff/cases/{caseId}/reject", "version");

    public static async Task<HttpResponseMessage> TakeAsync(HttpClient support, int caseId) =>
        await support.PostFormAsync($"/staff/cases/{caseId}", $"/staff/cases/{caseId}/take", ("version", await VersionAsync(support, caseId)));

    public static async Task<HttpResponseMessage> RejectAsync(HttpClient support, int caseId, string reason) =>
        await support.PostFormAsync($"/staff/cases/{caseId}", $"/staff/cases/{caseId}/reject", ("version", await VersionAsync(support, caseId)),
            ("reason", reason));

    public static async Task<HttpResponseMessage> AskAsync(HttpClient support, int caseId, string question) =>
        await support.PostFormAsync($"/staff/cases/{caseId}", $"/staff/cases/{caseId}/ask", ("version", await VersionAsync(support, caseId)),
            ("question", question));

    /// <summary>Posts the correction form of a record (or, without <paramref name="lineId"/>, of a missing record).</summary>
    public static async Task<HttpResponseMessage> CorrectAsync(HttpClient support, int caseId, long? lineId, Dictionary<string, string> fields)
    {
        var page = lineId is null ? $"/staff/cases/{caseId}/correct" : $"/staff/cases/{caseId}/correct?lineId={lineId}";
        var version = await support.FormValueAsync(page, $"/staff/cases/{caseId}/correct", "version");
        var all = fields.Select(f => new KeyValuePair<string, string>($"Input.{f.Key}", f.Value)).Append(new("version", version));
        if (lineId is not null)
        {
            // As a browser sends the form: the record's id and its identity, shown read-only (R-KPI-4).
            all = all.Append(new("Input.LineId", lineId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(new("Input.InvoiceNumber", await support.HiddenValueAsync(page, "Input.InvoiceNumber")))
                .Append(new("Input.LineNumber", await support.HiddenValueAsync(page, "Input.LineNumber")));
        }

        return await support.PostFormAsync(page, $"/staff/cases/{caseId}/correct", all);
    }

    /// <summary>Records a KPI line of Contoso directly, valued by hand with the FY2027 sample weight of its type.</summary>
    public static Task<long> RecordLineAsync(PortalFactory factory, string invoice, int line, DateOnly date, string type, int units, decimal revenue,
        string category, decimal weight) =>
        factory.WithDbAsync(async db =>
        {
            var record = new InvoiceLine(Partner, invoice, line, date, type, units, new Money(revenue, "USD"), "import:test", PortalFactory.Now);
            record.FixKpi(new Domain.Programs.OmlpTypeRule(type, type, category, weight));
            db.InvoiceLines.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

    /// <summary>Contoso's KPI per category counted for eligibility today, as the JSON API reports it (R-KPI-7).</summary>
    public static async Task<Dictionary<string, decimal>> EligibilityKpisAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/partners/{Partner}/eligibility"));
        return json.RootElement.GetProperty("kpis").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
    }

    public static Task<DiscrepancyCase> CaseAsync(PortalFactory factory, int caseId) =>
        factory.WithDbAsync(db => db.DiscrepancyCases.AsNoTracking().Include(c => c.Messages).SingleAsync(c => c.Id == caseId));

    public static Task<List<InvoiceLine>> HistoryAsync(PortalFactory factory, string invoice) =>
        factory.WithDbAsync(db => db.InvoiceLines.IgnoreQueryFilters().AsNoTracking().Where(l => l.InvoiceNumber == invoice)
            .OrderBy(l => l.Id).ToListAsync());
}
