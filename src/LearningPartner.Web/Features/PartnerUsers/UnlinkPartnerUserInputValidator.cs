using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.PartnerUsers;

public sealed class UnlinkPartnerUserInputValidator : AbstractValidator<UnlinkPartnerUserInput>
{
    public UnlinkPartnerUserInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason).MustBeARecordedReason(localizer, () => localizer["Say why staff remove this user."]);
}
