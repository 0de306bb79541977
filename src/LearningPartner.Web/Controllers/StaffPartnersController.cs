using LearningPartner.Application.StaffPartners;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>R-ROLE-4: staff see every organisation.</summary>
[Route("staff/partners")]
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class StaffPartnersController(PartnerListService partners) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await partners.ListAsync(cancellationToken));
}
