using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.CaseReview;

public sealed class CaseQuestionInputValidator : AbstractValidator<CaseQuestionInput>
{
    public CaseQuestionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Question)
            .Cascade(CascadeMode.Stop)
            .MustBePlainText(localizer, TextKind.LongText)
            .Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= 4000)
            .WithMessage(_ => localizer["Write what the partner should tell you (at most 4000 characters)."]);
}
