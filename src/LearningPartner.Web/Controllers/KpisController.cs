using LearningPartner.Application.Common;
using LearningPartner.Application.Kpis;
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
[Authorize(Policy = PortalPolicies.PartnerReportReader)]
public sealed class KpisController(KpiDashboardService dashboard, ProgramClock clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        var (date, error) = ReadAsOf(asOf);
        if (error is not null)
        {
            ModelState.AddModelError("asOf", error);
        }

        return View(await dashboard.GetAsync(partner, date, cancellationToken));
    }

    /// <summary>The month's invoice lines, each with why it counts or not (R-KPI-6, R-KPI-7).</summary>
    [HttpGet("{month:regex(^\\d{{4}}-\\d{{2}}$)}")]
    public async Task<IActionResult> Month(PartnerContext partner, string month, [FromQuery] string? asOf, CancellationToken cancellationToken) =>
        await MonthAsync(partner, month, asOf, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The month's lines on screen as CSV, safe to open in a spreadsheet.</summary>
    [HttpGet("{month:regex(^\\d{{4}}-\\d{{2}}$)}/export.csv")]
    public async Task<IActionResult> ExportMonth(PartnerContext partner, string month, [FromQuery] string? asOf, CancellationToken cancellationToken) =>
        await MonthAsync(partner, month, asOf, cancellationToken) is { } model
            ? File(KpiReportCsv.WriteMonth(model, User.SeesRevenueAndPeople()), "text/csv; charset=utf-8", $"kpi-lines-{partner.PartnerId}-{month}.csv")
            : NotFound();

    /// <summary>The report on screen as CSV: the same months, OMLP types and totals, safe to open in a spreadsheet.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(PartnerContext partner, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        var model = await dashboard.GetAsync(partner, ReadAsOf(asOf).Date, cancellationToken);
        return File(KpiReportCsv.Write(model, User.SeesRevenueAndPeople()), "text/csv; charset=utf-8", $"kpi-report-{partner.PartnerId}-{Display.Date(model.PublishedOn)}.csv");
    }

    /// <summary>A month's lines as of the date; null for a month that does not exist (2026-13).</summary>
    private async Task<KpiMonthLines?> MonthAsync(PartnerContext partner, string month, string? asOf, CancellationToken cancellationToken) =>
        DateInput.TryParse(month + "-01", out var first) ? await dashboard.GetMonthAsync(partner, first, ReadAsOf(asOf).Date, cancellationToken) : null;

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
