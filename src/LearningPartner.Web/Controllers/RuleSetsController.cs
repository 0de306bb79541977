using LearningPartner.Application.RuleSets;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>R-PRG-1: staff see which program-year rule sets are loaded, and the one in force today.</summary>
[Route("staff/rule-sets")]
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class RuleSetsController(RuleSetService ruleSets) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ruleSets.ListAsync(cancellationToken));

    [HttpGet("{programYear}/{version:int}")]
    public async Task<IActionResult> Document(string programYear, int version, CancellationToken cancellationToken) =>
        await ruleSets.DocumentAsync(programYear, version, cancellationToken) is { } document
            ? Content(document, "application/json; charset=utf-8")
            : NotFound();
}
