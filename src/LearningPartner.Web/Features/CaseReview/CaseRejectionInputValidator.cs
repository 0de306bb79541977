using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.CaseReview;

public sealed class CaseRejectionInputValidator : AbstractValidator<CaseRejectionInput>
{
    public CaseRejectionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason)
            .Cascade(CascadeMode.Stop)
            .MustBePlainText(localizer, TextKind.LongText)
            .Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= 2000)
            .WithMessage(_ => localizer["Give the partner a reason for the rejection (at most 2000 characters)."]);
}
