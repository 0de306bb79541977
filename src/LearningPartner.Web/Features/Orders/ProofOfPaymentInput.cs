using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Orders;

/// <summary>What the partner says its proof of payment shows (R-FEE-3), as typed beside the file.</summary>
public sealed class ProofOfPaymentInput
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? PaidOn { get; set; }

    public string? Amount { get; set; }

    public string? Currency { get; set; }

    public string? BankReference { get; set; }

    /// <summary>The validated input as the use case takes it.</summary>
    public DeclaredPayment ToDeclared()
    {
        PaymentFieldRules.TryAmount(Amount, out var amount);
        return new DeclaredPayment(DateInput.Parse(PaidOn!), new Money(amount, Currency!.Trim().ToUpperInvariant()), BankReference!.Trim());
    }
}
