using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Orders;

/// <summary>
/// What a partner is told about its order (issue 23): placed with how to pay (R-FEE-3), proof received, payment confirmed or
/// rejected (R-FEE-2), expiring and expired. Each notice is added to the DbContext as its facts, so the caller saves it in the
/// same transaction as the change it announces and pokes <see cref="NotificationSignal"/> after the commit. Addressed to the
/// organisation's active members; the words are chosen when read, in the reader's language.
/// </summary>
public sealed class OrderNotices(PartnerNotifier notifier, IPortalLinks links, RuleSetCatalogProvider catalogs,
    WireTransfers wireTransfers, ProgramClock clock)
{
    /// <summary>R-FEE-3: the amount, the transfer reference and the wire instructions the partner was given, and the expiry date.</summary>
    public Task PlacedAsync(Order order, CancellationToken cancellationToken) =>
        AddAsync(NoticeKind.OrderPlaced, order, (facts, partnerId) => facts with
        {
            TransferReference = PaymentReferences.Transfer(order.PaymentReference, partnerId),
            Wire = wireTransfers.For(order.Price.Currency),
        }, cancellationToken);

    /// <summary>R-FEE-2: the proof is with support, who confirm it.</summary>
    public Task ProofReceivedAsync(Order order, CancellationToken cancellationToken) =>
        AddAsync(NoticeKind.PaymentProofReceived, order, (facts, _) => facts, cancellationToken);

    /// <summary>R-FEE-2, R-DATE-3: the option is active, until <paramref name="anniversaryDate"/>.</summary>
    public Task ConfirmedAsync(Order order, DateOnly anniversaryDate, CancellationToken cancellationToken) =>
        AddAsync(NoticeKind.PaymentConfirmed, order, (facts, _) => facts with { AnniversaryDate = anniversaryDate }, cancellationToken);

    /// <summary>R-FEE-2: support's reason, as written; the order waits for another proof.</summary>
    public Task RejectedAsync(Order order, string reason, CancellationToken cancellationToken) =>
        AddAsync(NoticeKind.PaymentRejected, order, (facts, _) => facts with { Reason = reason }, cancellationToken);

    /// <summary>An expiring or expired notice (<see cref="OrderExpiryNotices"/>), under its once-only key.</summary>
    public Task ExpiryAsync(NoticeKind kind, Order order, bool proofAwaiting, CancellationToken cancellationToken) =>
        AddAsync(kind, order, (facts, _) => facts with { ProofAwaiting = proofAwaiting }, cancellationToken,
            OrderExpiryNotices.OnceKey(kind, order.Id));

    private async Task AddAsync(NoticeKind kind, Order order, Func<OrderNoticeFacts, string, OrderNoticeFacts> complete,
        CancellationToken cancellationToken, string? onceKey = null)
    {
        var partnerId = await notifier.PartnerIdAsync(order.PartnerOrganisationId, cancellationToken);
        // The competency by its name in the rule set of the order's date, as the order's documents name it.
        var orderedOn = ProgramDates.Today(order.CreatedAt, clock.TimeZone);
        var competency = order.CompetencyCode is { } code ? catalogs.Catalog.Find(orderedOn)?.Competency(code)?.Name ?? code : null;
        var facts = complete(new OrderNoticeFacts(order.Id, partnerId, order.PaymentReference, order.Kind, order.Level, competency,
            order.Price.Amount, order.Price.Currency, order.ExpiresOn)
        { CompetencyCode = order.CompetencyCode }, partnerId);
        await notifier.NotifyActiveMembersAsync(order.PartnerOrganisationId, kind, facts.ToJson(), links.Order(partnerId, order.Id),
            cancellationToken, onceKey);
    }
}
