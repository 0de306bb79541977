using FluentValidation;
using LearningPartner.Domain.Partners;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Invitations;

public sealed class InvitationInputValidator : AbstractValidator<InvitationInput>
{
    public InvitationInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleFor(x => x.Email).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the person's email address."])
            .MaximumLength(254).WithMessage(_ => localizer["Use at most 254 characters."])
            .EmailAddress().WithMessage(_ => localizer["Enter an email address such as name@example.com."]);
        // R-ROLE-6: only partner roles; staff roles come from the operator's own directory.
        RuleFor(x => x.Role).MustBePlainText(localizer)
            .Must(role => role is not null && PortalRoles.PartnerRoles.Contains(role))
            .WithMessage(_ => localizer["Choose the person's role in the organisation."]);
    }
}
