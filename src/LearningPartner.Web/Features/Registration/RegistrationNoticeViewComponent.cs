using LearningPartner.Application.Common;
using LearningPartner.Application.Registration;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Features.Registration;

/// <summary>
/// R-ORG-1: the notice on a partner's overview and enroll pages while it is pending verification or rejected (staff's
/// reason), or while a partner admin must accept the agreement's current version. Read on every request, outside the
/// kept overview page.
/// </summary>
public sealed class RegistrationNoticeViewComponent(RegistrationService registration) : ViewComponent
{
    /// <param name="status">The status when the page has read it already (the option page does, to enable its order form).</param>
    public async Task<IViewComponentResult> InvokeAsync(PartnerContext partner, RegistrationStatus? status = null) =>
        View(new RegistrationNoticeModel(partner.PartnerId, status ?? await registration.StatusAsync(partner, HttpContext.RequestAborted)));
}

public sealed record RegistrationNoticeModel(string PartnerId, RegistrationStatus Status);
