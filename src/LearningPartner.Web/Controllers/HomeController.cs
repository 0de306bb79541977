using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

public sealed class HomeController : Controller
{
    [AllowAnonymous]
    [HttpGet("/")]
    public IActionResult Index() => View();

    /// <summary>Where a user lands after signing in: their organisation, or the staff pages.</summary>
    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpGet("/dashboard")]
    public IActionResult Dashboard()
    {
        if (User.IsPartnerMember())
        {
            return RedirectToAction(nameof(PartnersController.Overview), "Partners", new { partnerId = User.PartnerId() });
        }

        return User.IsStaff()
            ? RedirectToAction(nameof(StaffPartnersController.Index), "StaffPartners")
            : View("NotLinked");
    }
}
