using LearningPartner.Application.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Orders;

/// <summary>A partner's orders and its proofs of payment (R-FEE-2).</summary>
public sealed class OrderService(PortalDbContext db, DocumentStore store, AuditLog audit, ProgramClock clock, ICurrentActor actor,
    WireTransfers wireTransfers, RuleSetCatalogProvider catalogs, OrderNotices notices, NotificationSignal signal)
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
    /// not match the order are accepted and flagged (R-FEE-3). One live proof per order (unique index). The order is read again
    /// inside the transaction and written under its version, so a cancel or a re-creation that wrote it meanwhile makes the
    /// upload refused, and an upload that is saved first makes a cancel that read the order before it refused: never both.
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
        var today = clock.Today;
        try
        {
            var stored = await db.InTransactionAsync(async ct =>
            {
                var order = await db.Orders.SingleAsync(o => o.Id == orderId, ct);
                if (!order.TakesProofOn(today))
                {
                    return false; // cancelled, paid or expired since the page was read
                }

                // Touching the order renews its version (a concurrency token): the UPDATE matches only the version read above.
                db.Entry(order).Property(o => o.Version).IsModified = true;
                db.Payments.Add(payment);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.PaymentProofUploaded, AuditSubject.Of(payment, order), null,
                    new ProofValues(payment.OrderId, payment.ProofFileName, upload.Content.Length, declared.PaidOn,
                        declared.Amount.ToString(), declared.BankReference, PaymentMatch.Of(order.Price, declared.Amount).ToString()));
                await notices.ProofReceivedAsync(order, ct);
                await db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
            if (stored)
            {
                signal.Poke();
                return Result.Done();
            }
        }
        catch (DbUpdateException)
        {
            // The order changed since it was read (its version), or a replayed upload: it already has a live payment (unique index).
        }

        db.ChangeTracker.Clear();
        store.Delete(key);
        return Refusal.Of(RefusalCode.ProofNotExpected);
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

    /// <summary>
    /// R-FEE-3: re-creates an order that expired while its proof awaited support's decision. The new order has the option,
    /// enrollment and price of the expired one, a new reference and expiry (R-FEE-2, today's rule set); the proof moves to it
    /// and awaits confirmation there; the expired order stays expired. One transaction with its audit entries; re-created once
    /// (the new order's idempotency key names the expired one), so a double click answers with the same new order.
    /// </summary>
    public async Task<Result<int>> RecreateAsync(PartnerContext partner, int orderId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var expired = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId && o.PartnerOrganisationId == partner.OrganisationId, cancellationToken);
        if (expired is null)
        {
            return Result<int>.NotFound();
        }

        if (await RecreatedAsync(orderId, cancellationToken) is { } twin)
        {
            return twin;
        }

        var proof = await db.Payments.FirstOrDefaultAsync(p => p.OrderId == orderId && p.DecidedBy == null, cancellationToken);
        if (!expired.CanBeRecreatedOn(today, proof is not null))
        {
            return Refusal.Of(RefusalCode.OrderNotRecreatable);
        }

        if (catalogs.Catalog.Find(today) is not { } ruleSet)
        {
            return Refusal.Of(RefusalCode.RuleSetMissing, today);
        }

        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                var order = expired.Recreate(today, PaymentReferences.New("LP", today), clock.Now, today.AddDays(ruleSet.PendingOrderExpiryDays));
                await db.SaveChangesAsync(ct); // the expired order gives up the option's open-order key, under its version
                db.Orders.Add(order);
                await db.SaveChangesAsync(ct);
                proof!.MoveTo(order.Id);
                audit.Record(AuditAction.OrderRecreated, AuditSubject.Of(order), null, new RecreatedValues(expired.Id, order.PaymentReference,
                    order.Price.ToString(), order.ExpiresOn), "Expired while its proof of payment awaited confirmation (R-FEE-3)");
                audit.Record(AuditAction.PaymentProofMoved, AuditSubject.Of(proof, order), new ProofOrderValues(expired.Id), new ProofOrderValues(order.Id));
                await db.SaveChangesAsync(ct);
                return Result<int>.Done(order.Id);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request re-created it first (its version or the key), or another order for the option is open.
            db.ChangeTracker.Clear();
            return await RecreatedAsync(orderId, cancellationToken) is { } first ? first : Refusal.Of(RefusalCode.OrderAlreadyOpen);
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

    private async Task<Result<int>?> RecreatedAsync(int orderId, CancellationToken cancellationToken)
    {
        var key = Order.RecreationKey(orderId);
        var id = await db.Orders.Where(o => o.IdempotencyKey == key).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? Result<int>.Done(found) : null;
    }

    /// <summary>What the audit trail records of a re-created order.</summary>
    private sealed record RecreatedValues(int RecreatesOrderId, string PaymentReference, string Price, DateOnly ExpiresOn);

    /// <summary>The order a proof of payment belongs to, before → after it moved.</summary>
    private sealed record ProofOrderValues(int OrderId);

    /// <summary>What the audit trail records of a proof of payment.</summary>
    private sealed record ProofValues(int OrderId, string ProofFileName, int Bytes, DateOnly PaidOn, string Amount, string BankReference,
        string Mismatch);
}
