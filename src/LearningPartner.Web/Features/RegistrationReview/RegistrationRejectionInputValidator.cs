using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.RegistrationReview;

public sealed class RegistrationRejectionInputValidator : AbstractValidator<RegistrationRejectionInput>
{
    public RegistrationRejectionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason)
            .MustBeWordsForThePartner(localizer, 1000, () => localizer["Give the applicant a reason for the rejection (at most 1000 characters)."]);
}
