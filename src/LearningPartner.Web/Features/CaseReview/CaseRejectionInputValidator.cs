using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.CaseReview;

public sealed class CaseRejectionInputValidator : AbstractValidator<CaseRejectionInput>
{
    public CaseRejectionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason)
            .MustBeWordsForThePartner(localizer, 2000, () => localizer["Give the partner a reason for the rejection (at most 2000 characters)."]);
}
