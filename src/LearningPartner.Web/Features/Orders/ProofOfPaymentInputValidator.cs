using FluentValidation;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Orders;

/// <summary>R-FEE-3: the figures are required and well formed; an amount or currency other than the order's is allowed (flagged).</summary>
public sealed class ProofOfPaymentInputValidator : AbstractValidator<ProofOfPaymentInput>
{
    public ProofOfPaymentInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock)
    {
        // One message per field: the first check it fails.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.PaidOn).MustBePlainText(localizer).MustBeAPastDate(localizer, clock.Today);
        RuleFor(x => x.Amount).MustBePlainText(localizer).MustBeAPaymentAmount(localizer);
        RuleFor(x => x.Currency).MustBePlainText(localizer).MustBeACurrency(localizer);
        RuleFor(x => x.BankReference).MustBePlainText(localizer).MustBeABankReference(localizer);
    }
}
