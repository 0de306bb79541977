using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.CaseReview;

public sealed class CaseQuestionInputValidator : AbstractValidator<CaseQuestionInput>
{
    public CaseQuestionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Question)
            .MustBeWordsForThePartner(localizer, 4000, () => localizer["Write what the partner should tell you (at most 4000 characters)."]);
}
