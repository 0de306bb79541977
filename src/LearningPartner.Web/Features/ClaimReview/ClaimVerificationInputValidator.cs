using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.ClaimReview;

public sealed class ClaimVerificationInputValidator : AbstractValidator<ClaimVerificationInput>
{
    public ClaimVerificationInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Note)
            .MustBeWordsForThePartner(localizer, 1000, () => localizer["Record what you checked (at most 1000 characters)."]);
}
