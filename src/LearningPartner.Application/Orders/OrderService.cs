using LearningPartner.Application.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Orders;

/// <summary>A partner's orders and its proofs of payment (R-FEE-2).</summary>
public sealed class OrderService(PortalDbContext db, DocumentStore store, AuditLog audit, ProgramClock clock, ICurrentActor actor,
    WireTransfers wireTransfers)
{
    /// <summary>The form field a proof of payment is sent in.</summary>
    public const string ProofField = "proof";

    public async Task<PartnerOrders> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner, await OrdersAsync(partner.OrganisationId, null, cancellationToken));

    /// <summary>The order, when it is this partner's.</summary>
    public async Task<OrderDetails?> GetAsync(PartnerContext partner, int orderId, CancellationToken cancellationToken) =>
        (await OrdersAsync(partner.OrganisationId, orderId, cancellationToken)).FirstOrDefault() is { } order
            ? new OrderDetails(partner, order) { Transfer = WireTransfer.Of(wireTransfers, partner.PartnerId, order.Price, order.PaymentReference) }
            : null;

    /// <summary>
    /// Stores the proof of payment of an order that awaits one (R-FEE-2), with what the partner says it shows; figures that do
    /// not match the order are accepted and flagged (R-FEE-3). One live proof per order.
    /// </summary>
    public async Task<Result> UploadProofAsync(PartnerContext partner, int orderId, UploadedFile? file, DeclaredPayment declared,
        CancellationToken cancellationToken)
    {
        if (await GetAsync(partner, orderId, cancellationToken) is not { } page)
        {
            return Result.NotFound();
        }

        if (!page.Order.CanUploadProof)
        {
            return Refusal.Of(RefusalCode.ProofNotExpected);
        }

        var (upload, refusal) = await DocumentUpload.ReadAsync(file, ProofField, RefusalCode.ProofMissing, cancellationToken);
        if (upload is null)
        {
            return refusal!;
        }

        var key = await store.SaveAsync(upload.Content, cancellationToken);
        var payment = new Payment(orderId, upload.FileName, key, actor.Describe(), clock.Now, declared);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Payments.Add(payment);
                await db.SaveChangesAsync(ct);
                var order = (await db.Orders.FindAsync([orderId], ct))!;
                audit.Record(AuditAction.PaymentProofUploaded, AuditSubject.Of(payment, order), null,
                    new ProofValues(payment.OrderId, payment.ProofFileName, upload.Content.Length, declared.PaidOn,
                        declared.Amount.ToString(), declared.BankReference, PaymentMatch.Of(order.Price, declared.Amount).ToString()));
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A replayed upload: the order already has a live payment (unique index).
            db.ChangeTracker.Clear();
            store.Delete(key);
            return Refusal.Of(RefusalCode.ProofNotExpected);
        }

        return Result.Done();
    }

    /// <summary>
    /// R-FEE-3: a partner admin cancels an order that waits for payment; its option can then be ordered again (the open-order
    /// key is freed). Saved with its audit entry at once, under the order's version: a confirmation or another cancel that
    /// wrote the order meanwhile makes this one refused, never both applied.
    /// </summary>
    public async Task<Result> CancelAsync(PartnerContext partner, int orderId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId && o.PartnerOrganisationId == partner.OrganisationId, cancellationToken);
        if (order is null)
        {
            return Result.NotFound();
        }

        var proofAwaiting = await db.Payments.AnyAsync(p => p.OrderId == orderId && p.DecidedBy == null, cancellationToken);
        if (!order.CanBeCancelledOn(today, proofAwaiting))
        {
            return CancelRefusal(order, today);
        }

        order.Cancel();
        audit.Record(AuditAction.OrderCancelled, AuditSubject.Of(order), new OrderStatusValues(OrderStatus.PendingPayment),
            new OrderStatusValues(order.Status), "Cancelled by a partner admin (R-FEE-3)");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.OrderNotPending);
        }
    }

    /// <summary>A proof of payment; with a partner, only of that partner's orders (another's answers as if it did not exist).</summary>
    public async Task<StoredDocument?> OpenProofAsync(PartnerContext? partner, int paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking()
            .Where(p => p.Id == paymentId)
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { p.ProofStorageKey, p.ProofFileName, o.PartnerOrganisationId })
            .FirstOrDefaultAsync(cancellationToken);
        if (payment is null || (partner is not null && payment.PartnerOrganisationId != partner.OrganisationId))
        {
            return null;
        }

        return await store.OpenDocumentAsync(payment.ProofStorageKey, payment.ProofFileName, cancellationToken);
    }

    private async Task<IReadOnlyList<OrderModel>> OrdersAsync(int organisationId, int? orderId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.PartnerOrganisationId == organisationId && (orderId == null || o.Id == orderId))
            .OrderByDescending(o => o.Id)
            .ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var payments = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.OrderId)).OrderBy(p => p.Id).ToListAsync(cancellationToken))
            .ToLookup(p => p.OrderId);
        return orders.Select(o =>
        {
            var latest = payments[o.Id].LastOrDefault();
            return new OrderModel(o.Id, o.Kind, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, o.CreatedAt, o.ExpiresOn,
                o.Status, o.IsExpiredOn(today),
                latest is null ? null : PaymentModel.Of(latest, o.Price));
        }).ToList();
    }

    private static Refusal CancelRefusal(Order order, DateOnly today) =>
        order.Status != OrderStatus.PendingPayment ? Refusal.Of(RefusalCode.OrderNotPending)
        : order.IsExpiredOn(today) ? Refusal.Of(RefusalCode.OrderExpiredUnpaid, order.ExpiresOn)
        : Refusal.Of(RefusalCode.OrderProofAwaitingDecision);

    /// <summary>What the audit trail records of a proof of payment.</summary>
    private sealed record ProofValues(int OrderId, string ProofFileName, int Bytes, DateOnly PaidOn, string Amount, string BankReference,
        string Mismatch);
}
