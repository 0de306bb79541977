using LearningPartner.Application.Common;
using LearningPartner.Application.Partners;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's own pages; {partnerId} is checked against the user's organisation (R-ROLE-4).</summary>
[Route("partners/{partnerId}")]
[Authorize(Policy = PortalPolicies.PartnerReportReader)]
public sealed class PartnersController(PartnerOverviewService overview) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Overview(PartnerContext partner, CancellationToken cancellationToken) =>
        View(await overview.GetAsync(partner, cancellationToken));
}
