using LearningPartner.Application.Imports;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Imports;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Support staff import Courseware Marketplace invoice exports: upload, preview, commit, history (issue 7).</summary>
[Route("staff/imports")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class ImportsController(
    InvoiceImportService imports,
    ImportProgressBoard progressBoard,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await imports.ListAsync(cancellationToken));

    /// <summary>The documented sample export (docs/invoice-import.md), to show the expected columns.</summary>
    [HttpGet("sample.csv")]
    public IActionResult Sample() =>
        File(typeof(ImportsController).Assembly.GetManifestResourceStream("Samples.marketplace-invoices.csv")!, "text/csv; charset=utf-8",
            "marketplace-invoices-sample.csv");

    /// <param name="progressId">A random id from the form, under which the page polls this upload's progress.</param>
    [EnableRateLimiting(RateLimitSetup.Imports)]
    [HttpPost("")]
    [UploadForm]
    public async Task<IActionResult> Upload(IFormFile? file, Guid progressId, CancellationToken cancellationToken)
    {
        var result = await imports.PreviewAsync(UploadedFiles.From(file), progressBoard.For(progressId), cancellationToken);
        if (!result.IsDone)
        {
            ModelState.AddRefusal(result.Refusal!, localizer);
            return View(nameof(Index), await imports.ListAsync(cancellationToken));
        }

        return RedirectToAction(nameof(Preview), new { importId = result.Value });
    }

    /// <summary>How far a running preview or commit is, for the page that sent it (JSON; 404 until it starts).</summary>
    [HttpGet("progress/{progressId:guid}")]
    public IActionResult Progress(Guid progressId) =>
        progressBoard.Get(progressId) is { } p
            ? Json(new { phase = p.Phase.ToString(), p.Done, p.Total, p.Percent })
            : NotFound();

    [HttpGet("{importId:int}")]
    public async Task<IActionResult> Preview(int importId, CancellationToken cancellationToken)
    {
        var model = await imports.GetAsync(importId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>All rejected and conflicting rows with their reasons, safe to open in a spreadsheet.</summary>
    [HttpGet("{importId:int}/problems.csv")]
    public async Task<IActionResult> Problems(int importId, CancellationToken cancellationToken)
    {
        var rows = await imports.ProblemRowsAsync(importId, cancellationToken);
        return rows is null
            ? NotFound()
            : File(ProblemRowsCsv.Write(rows), "text/csv; charset=utf-8", $"import-{importId}-problems.csv");
    }

    [EnableRateLimiting(RateLimitSetup.Imports)]
    [HttpPost("{importId:int}/commit")]
    public async Task<IActionResult> Commit(int importId, Guid version, Guid progressId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await imports.CommitAsync(importId, version, progressBoard.For(progressId), cancellationToken),
            localizer["The import was committed."], localizer, nameof(Preview), new { importId });
}
