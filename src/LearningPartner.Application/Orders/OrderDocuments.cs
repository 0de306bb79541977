using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Orders;

/// <summary>Who a document is for: the partner as its accountants know it.</summary>
public sealed record DocumentParty(string Name, string PartnerId, string? Address);

/// <summary>
/// The option an order is for, with its competency's name (not only its code) from the rule set of the order's date, in English
/// and, where the rule set gives it, in Chinese (ADR-019; the document is written in its reader's language).
/// </summary>
public sealed record OrderedOption(OrderKind Kind, LearningLevel Level, string? CompetencyCode, string? CompetencyName,
    string? CompetencyNameZh = null);

/// <summary>R-FEE-3: the order confirmation / pro-forma: what is ordered, for how much, and how to pay it.</summary>
public sealed record OrderConfirmation(DocumentParty Partner, string OrderNumber, DateOnly OrderedOn, OrderedOption Option,
    WireTransfer Transfer, OrderStatus Status, DateOnly? ExpiresOn);

/// <summary>
/// R-FEE-2, R-FEE-3, R-DATE-3: the receipt of a confirmed payment: the order's price, what support recorded as received (amount
/// and currency, value date, bank reference — an accepted short or other-currency amount as it arrived, not the price), and the
/// option's activation and anniversary dates. <see cref="Received"/> is null for a payment confirmed before support recorded
/// those figures; the receipt then gives the day it was confirmed.
/// </summary>
public sealed record OrderReceipt(DocumentParty Partner, string OrderNumber, OrderedOption Option, Money Price, ReceivedPayment? Received,
    DateOnly ConfirmedOn, DateOnly ActivationDate, DateOnly AnniversaryDate);
