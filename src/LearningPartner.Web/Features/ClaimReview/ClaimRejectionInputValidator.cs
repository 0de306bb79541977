using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.ClaimReview;

public sealed class ClaimRejectionInputValidator : AbstractValidator<ClaimRejectionInput>
{
    public ClaimRejectionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason)
            .MustBeWordsForThePartner(localizer, 1000, () => localizer["Give the partner a reason for the rejection (at most 1000 characters)."]);
}
