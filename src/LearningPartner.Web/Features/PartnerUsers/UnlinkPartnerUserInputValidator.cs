using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.PartnerUsers;

public sealed class UnlinkPartnerUserInputValidator : AbstractValidator<UnlinkPartnerUserInput>
{
    public UnlinkPartnerUserInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Say why staff remove this user."])
            .MaximumLength(500).WithMessage(_ => localizer["Use at most 500 characters."]);
}
