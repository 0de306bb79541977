using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.HeldInvoiceReview;

public sealed class HeldInvoiceRefusalInputValidator : AbstractValidator<HeldInvoiceRefusalInput>
{
    public HeldInvoiceRefusalInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason)
            .MustBeWordsForThePartner(localizer, 1000, () => localizer["Give the partner a reason for the refusal (at most 1000 characters)."]);
}
