using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Kpis;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Views.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's KPI dashboard (issue 8, R-KPI-6..8): its own organisation's people and staff read it (R-ROLE-4).</summary>
[Route("partners/{partnerId}/kpis")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class KpisController(KpiDashboardService dashboard, ProgramClock clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        var (date, error) = ReadAsOf(asOf);
        var model = await dashboard.GetAsync(partnerId, date, error, RequestPartnerLink.Of(HttpContext), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The month's invoice lines, each with why it counts or not (R-KPI-6, R-KPI-7).</summary>
    [HttpGet("{month:regex(^\\d{{4}}-\\d{{2}}$)}")]
    public async Task<IActionResult> Month(string partnerId, string month, [FromQuery] string? asOf, CancellationToken cancellationToken) =>
        await MonthAsync(partnerId, month, asOf, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The month's lines on screen as CSV, safe to open in a spreadsheet.</summary>
    [HttpGet("{month:regex(^\\d{{4}}-\\d{{2}}$)}/export.csv")]
    public async Task<IActionResult> ExportMonth(string partnerId, string month, [FromQuery] string? asOf, CancellationToken cancellationToken) =>
        await MonthAsync(partnerId, month, asOf, cancellationToken) is { } model
            ? File(KpiReportCsv.WriteMonth(model), "text/csv; charset=utf-8", $"kpi-lines-{partnerId}-{month}.csv")
            : NotFound();

    /// <summary>The report on screen as CSV: the same months, OMLP types and totals, safe to open in a spreadsheet.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string partnerId, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        var (date, _) = ReadAsOf(asOf);
        var model = await dashboard.GetAsync(partnerId, date, null, RequestPartnerLink.Of(HttpContext), cancellationToken);
        return model is null
            ? NotFound()
            : File(KpiReportCsv.Write(model), "text/csv; charset=utf-8", $"kpi-report-{partnerId}-{Display.Date(model.PublishedOn)}.csv");
    }

    /// <summary>A month's lines as of the date; null for a month that does not exist (2026-13) or an unknown partner.</summary>
    private async Task<KpiMonthViewModel?> MonthAsync(string partnerId, string month, string? asOf, CancellationToken cancellationToken) =>
        DateInput.TryParse(month + "-01", out var first) ? await dashboard.GetMonthAsync(partnerId, first, ReadAsOf(asOf).Date, cancellationToken) : null;

    /// <summary>The "as of" date: today when absent; today with a message beside the field when unreadable or in the future.</summary>
    private (DateOnly Date, string? Error) ReadAsOf(string? asOf)
    {
        if (string.IsNullOrWhiteSpace(asOf))
        {
            return (clock.Today, null);
        }

        if (!DateInput.TryParse(asOf, out var date))
        {
            return (clock.Today, localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."]);
        }

        return date > clock.Today ? (clock.Today, localizer["A report cannot be shown as of a future date; today's is shown."]) : (date, null);
    }
}
