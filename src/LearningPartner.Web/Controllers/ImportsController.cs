using LearningPartner.Infrastructure.Imports;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Imports;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Support staff import Courseware Marketplace invoice exports: upload, preview, commit (issue 7).</summary>
[Route("staff/imports")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class ImportsController(InvoiceImportService imports, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await imports.ListAsync(cancellationToken));

    [HttpPost("")]
    [RequestSizeLimit(MarketplaceInvoiceCsv.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MarketplaceInvoiceCsv.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", localizer["Choose the CSV file exported from the Courseware Marketplace."]);
            return View(nameof(Index), await imports.ListAsync(cancellationToken));
        }

        if (file.Length > MarketplaceInvoiceCsv.MaxBytes)
        {
            ModelState.AddModelError("file", localizer["The file is larger than 10 MB."]);
            return View(nameof(Index), await imports.ListAsync(cancellationToken));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var (importId, error) = await imports.PreviewAsync(file.FileName, buffer.ToArray(), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError("file", error);
            return View(nameof(Index), await imports.ListAsync(cancellationToken));
        }

        return RedirectToAction(nameof(Preview), new { importId });
    }

    [HttpGet("{importId:int}")]
    public async Task<IActionResult> Preview(int importId, CancellationToken cancellationToken)
    {
        var model = await imports.GetAsync(importId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The rejected and conflicting rows with their reasons, safe to open in a spreadsheet.</summary>
    [HttpGet("{importId:int}/problems.csv")]
    public async Task<IActionResult> Problems(int importId, CancellationToken cancellationToken)
    {
        var model = await imports.GetAsync(importId, cancellationToken);
        return model is null
            ? NotFound()
            : File(ProblemRowsCsv.Write(model.Rows), "text/csv; charset=utf-8", $"import-{importId}-problems.csv");
    }

    [HttpPost("{importId:int}/commit")]
    public async Task<IActionResult> Commit(int importId, Guid version, CancellationToken cancellationToken)
    {
        var outcome = await imports.CommitAsync(importId, version, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        TempData.SetStatus(outcome.Length == 0 ? localizer["The import was committed."] : outcome);
        return RedirectToAction(nameof(Preview), new { importId });
    }
}
