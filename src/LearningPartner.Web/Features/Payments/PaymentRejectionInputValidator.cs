using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Payments;

public sealed class PaymentRejectionInputValidator : AbstractValidator<PaymentRejectionInput>
{
    public PaymentRejectionInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Reason)
            .Cascade(CascadeMode.Stop)
            .MustBePlainText(localizer, TextKind.LongText)
            .Must(v => !string.IsNullOrWhiteSpace(v) && v.Length <= 1000)
            .WithMessage(_ => localizer["Give the partner a reason for the rejection (at most 1000 characters)."]);
}
