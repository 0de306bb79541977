using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Orders;

/// <summary>Who a document is for: the partner as its accountants know it.</summary>
public sealed record DocumentParty(string Name, string PartnerId, string? Address);

/// <summary>The option an order is for, with its competency's name (not only its code) from the rule set of the order's date.</summary>
public sealed record OrderedOption(OrderKind Kind, LearningLevel Level, string? CompetencyCode, string? CompetencyName);

/// <summary>R-FEE-3: the order confirmation / pro-forma: what is ordered, for how much, and how to pay it.</summary>
public sealed record OrderConfirmation(DocumentParty Partner, string OrderNumber, DateOnly OrderedOn, OrderedOption Option,
    WireTransfer Transfer, OrderStatus Status, DateOnly? ExpiresOn);

/// <summary>
/// R-FEE-2, R-DATE-3: the receipt of a confirmed payment: the amount, the day support confirmed it, and the option's activation
/// and anniversary dates.
/// </summary>
public sealed record OrderReceipt(DocumentParty Partner, string OrderNumber, OrderedOption Option, Money Amount, DateOnly ConfirmedOn,
    DateOnly ActivationDate, DateOnly AnniversaryDate);
