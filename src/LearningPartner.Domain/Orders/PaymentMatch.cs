using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Orders;

/// <summary>
/// R-FEE-3: a payment is compared with its order's price. An amount short or in another currency needs support's explicit
/// override with a reason; an overpayment is flagged for finance (the surplus is theirs to refund or credit) but needs none,
/// since the fee has been received in full.
/// </summary>
public static class PaymentMatch
{
    public static PaymentMismatch Of(Money ordered, Money paid) =>
        paid.Currency != ordered.Currency ? PaymentMismatch.OtherCurrency
        : paid.Amount < ordered.Amount ? PaymentMismatch.Short
        : paid.Amount > ordered.Amount ? PaymentMismatch.Over
        : PaymentMismatch.None;

    public static bool NeedsOverride(this PaymentMismatch mismatch) =>
        mismatch is PaymentMismatch.Short or PaymentMismatch.OtherCurrency;
}
