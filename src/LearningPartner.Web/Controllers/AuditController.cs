using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Features.Audit;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Controllers;

/// <summary>The audit trail for staff (issue 11): the latest entries, and a verification of the whole tamper-evident chain.</summary>
[Route("staff/audit")]
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class AuditController(PortalDbContext db, AuditChainVerifier verifier) : Controller
{
    private const int Shown = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, cancellationToken));

    /// <summary>Recomputes every hash of the chain and names the first broken link.</summary>
    [HttpGet("verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken) =>
        View(nameof(Index), await PageAsync(await verifier.VerifyAsync(cancellationToken), cancellationToken));

    private async Task<AuditPageViewModel> PageAsync(AuditChainReport? report, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(Shown)
            .Select(a => new AuditRow(a.Id, a.Sequence, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.PartnerOrganisationId, a.Before, a.After,
                a.Reason, a.Hash))
            .ToListAsync(cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().Select(h => h.LastSequence).SingleAsync(cancellationToken);
        return new AuditPageViewModel(entries, head, report);
    }
}
