using FluentValidation;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Payments;

/// <summary>R-FEE-3: what was received is required and well formed; an override needs its reason. The mismatch itself is the use case's.</summary>
public sealed class PaymentConfirmationInputValidator : AbstractValidator<PaymentConfirmationInput>
{
    public PaymentConfirmationInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock)
    {
        // One message per field: the first check it fails.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Amount).MustBePlainText(localizer).MustBeAPaymentAmount(localizer);
        RuleFor(x => x.Currency).MustBePlainText(localizer).MustBeACurrency(localizer);
        RuleFor(x => x.ValueDate).MustBePlainText(localizer).MustBeAPastDate(localizer, clock.Today);
        RuleFor(x => x.BankReference).MustBePlainText(localizer).MustBeABankReference(localizer);
        RuleFor(x => x.OverrideReason).MustBePlainText(localizer)
            .NotEmpty().When(x => x.Override, ApplyConditionTo.CurrentValidator).WithMessage(_ => localizer["Give the reason for accepting the mismatch."])
            .MaximumLength(Payment.OverrideReasonMaxLength).WithMessage(_ => localizer["Use at most {0} characters.", Payment.OverrideReasonMaxLength]);
    }
}
