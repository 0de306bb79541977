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
    public async Task<IViewComponentResult> InvokeAsync(PartnerContext partner) =>
        View(new RegistrationNoticeModel(partner.PartnerId, await registration.StatusAsync(partner, HttpContext.RequestAborted)));
}

public sealed record RegistrationNoticeModel(string PartnerId, RegistrationStatus Status);
