using FluentValidation;
using LearningPartner.Domain.Partners;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.People;

public sealed class ChangeRoleInputValidator : AbstractValidator<ChangeRoleInput>
{
    public ChangeRoleInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Role).MustBePlainText(localizer)
            .Must(role => role is not null && PortalRoles.PartnerRoles.Contains(role))
            .WithMessage(_ => localizer["Choose the user's role in the organisation."]);
}
