using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.RuleSets;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Controllers;

/// <summary>R-PRG-1: staff see which program-year rule sets are loaded, and the one in force today.</summary>
[Route("staff/rule-sets")]
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class RuleSetsController(PortalDbContext db, ProgramClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var rows = await db.ProgramYearRuleSets.AsNoTracking()
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Version)
            .Select(r => new RuleSetRow(r.ProgramYear, r.Version, r.EffectiveFrom, r.EffectiveTo, r.LoadedAt, r.ContentHash,
                r.EffectiveFrom <= today && today < r.EffectiveTo))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet("{programYear}/{version:int}")]
    public async Task<IActionResult> Document(string programYear, int version, CancellationToken cancellationToken)
    {
        var document = await db.ProgramYearRuleSets.AsNoTracking()
            .Where(r => r.ProgramYear == programYear && r.Version == version)
            .Select(r => r.Document)
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? NotFound() : Content(document, "application/json; charset=utf-8");
    }
}
