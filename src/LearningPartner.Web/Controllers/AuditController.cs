using LearningPartner.Application.Audit;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>The audit trail for staff (issue 11): the latest entries, and a verification of the whole tamper-evident chain.</summary>
[Route("staff/audit")]
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class AuditController(AuditTrailService audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await audit.GetAsync(verify: false, cancellationToken));

    /// <summary>Recomputes every hash of the chain and names the first broken link.</summary>
    [HttpGet("verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken) =>
        View(nameof(Index), await audit.GetAsync(verify: true, cancellationToken));
}
