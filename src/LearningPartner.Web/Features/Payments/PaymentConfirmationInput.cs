using LearningPartner.Application.Payments;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Payments;

/// <summary>Support's confirmation as typed from the bank statement (R-FEE-3), with the override of a mismatch and its reason.</summary>
public sealed class PaymentConfirmationInput
{
    public string? Amount { get; set; }

    public string? Currency { get; set; }

    /// <summary>yyyy-MM-dd: the day the bank credited the transfer.</summary>
    public string? ValueDate { get; set; }

    public string? BankReference { get; set; }

    /// <summary>Accept an amount short or in another currency (R-FEE-3).</summary>
    public bool Override { get; set; }

    public string? OverrideReason { get; set; }

    /// <summary>The validated input as the use case takes it.</summary>
    public PaymentConfirmation ToConfirmation()
    {
        PaymentFieldRules.TryAmount(Amount, out var amount);
        var received = new ReceivedPayment(new Money(amount, Currency!.Trim().ToUpperInvariant()), DateInput.Parse(ValueDate!), BankReference!.Trim());
        return new PaymentConfirmation(received, Override, OverrideReason?.Trim());
    }
}
