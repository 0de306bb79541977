using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Orders;

/// <summary>The facts of a partner's order documents (R-FEE-3): the confirmation of any order, the receipt of a paid one.</summary>
public sealed class OrderDocumentService(PortalDbContext db, RuleSetCatalogProvider ruleSets, ProgramClock clock, WireTransfers wireTransfers)
{
    /// <summary>The order confirmation, when the order is this partner's.</summary>
    public async Task<OrderConfirmation?> ConfirmationAsync(PartnerContext partner, int orderId, CancellationToken cancellationToken)
    {
        if (await OrderAsync(partner, orderId, cancellationToken) is not { } order)
        {
            return null;
        }

        var orderedOn = ProgramDates.Today(order.CreatedAt, clock.TimeZone);
        return new OrderConfirmation(await PartyAsync(partner, cancellationToken), order.PaymentReference, orderedOn, OptionOf(order, orderedOn),
            WireTransfer.Of(wireTransfers, partner.PartnerId, order.Price, order.PaymentReference), order.Status,
            order.Status == OrderStatus.PendingPayment ? order.ExpiresOn : null);
    }

    /// <summary>The receipt, when the order is this partner's and support confirmed its payment; null before.</summary>
    public async Task<OrderReceipt?> ReceiptAsync(PartnerContext partner, int orderId, CancellationToken cancellationToken)
    {
        if (await OrderAsync(partner, orderId, cancellationToken) is not { Status: OrderStatus.Paid } order)
        {
            return null;
        }

        var payment = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId && p.ConfirmedOn != null)
            .FirstOrDefaultAsync(cancellationToken);
        var enrollment = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == order.EnrollmentId, cancellationToken);
        if (payment?.ConfirmedOn is not { } confirmed || enrollment.ActivationDate is not { } activated || enrollment.AnniversaryDate is not { } anniversary)
        {
            return null;
        }

        // R-DATE-3: a new option's year runs from its activation; a renewal's receipt gives the anniversary date it moved to.
        var anniversaryDate = order.Kind == OrderKind.Renewal ? anniversary : ProgramDates.PlusOneYear(activated);
        return new OrderReceipt(await PartyAsync(partner, cancellationToken), order.PaymentReference,
            OptionOf(order, ProgramDates.Today(order.CreatedAt, clock.TimeZone)), order.Price, payment.Received, confirmed, activated, anniversaryDate);
    }

    private Task<Order?> OrderAsync(PartnerContext partner, int orderId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId && o.PartnerOrganisationId == partner.OrganisationId, cancellationToken);

    private async Task<DocumentParty> PartyAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner.Name, partner.PartnerId, await db.PartnerOrganisations.Where(o => o.Id == partner.OrganisationId)
            .Select(o => o.Address).SingleOrDefaultAsync(cancellationToken));

    private OrderedOption OptionOf(Order order, DateOnly orderedOn)
    {
        var competency = order.CompetencyCode is { } code ? ruleSets.Catalog.Find(orderedOn)?.Competency(code) : null;
        return new(order.Kind, order.Level, order.CompetencyCode, competency?.Name ?? order.CompetencyCode, competency?.NameZh);
    }
}
