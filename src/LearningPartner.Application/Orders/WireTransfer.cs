using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;

namespace LearningPartner.Application.Orders;

/// <summary>
/// R-FEE-3: what the partner sends its bank for one order: the amount, the instructions of its currency (null when none are
/// configured any more) and the transfer reference carrying the order number and the partner id.
/// </summary>
public sealed record WireTransfer(Money Amount, WireInstructions? Instructions, string Reference)
{
    public static WireTransfer Of(WireTransfers transfers, string partnerId, Money amount, string orderNumber) =>
        new(amount, transfers.For(amount.Currency), PaymentReferences.Transfer(orderNumber, partnerId));
}
