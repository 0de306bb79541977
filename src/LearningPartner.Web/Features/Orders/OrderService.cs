using System.Globalization;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Orders;

/// <summary>A partner's orders and its proofs of payment (R-FEE-2).</summary>
public sealed class OrderService(
    PortalDbContext db,
    DocumentStore store,
    AuditTrail audit,
    ProgramClock clock,
    ICurrentActor actor,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<OrdersViewModel?> ListAsync(string partnerId, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        return organisation is null
            ? null
            : new OrdersViewModel(partnerId, organisation.Name, await OrdersAsync(organisation.Id, null, cancellationToken));
    }

    public async Task<OrderPageViewModel?> GetAsync(string partnerId, int orderId, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        var order = organisation is null ? null : (await OrdersAsync(organisation.Id, orderId, cancellationToken)).FirstOrDefault();
        return order is null ? null : new OrderPageViewModel(partnerId, organisation!.Name, order);
    }

    /// <summary>Null when the order is not this organisation's; otherwise an error to show, or null error on success.</summary>
    public async Task<(bool Found, string? Error)> UploadProofAsync(string partnerId, int orderId, IFormFile? file, CancellationToken cancellationToken)
    {
        var page = await GetAsync(partnerId, orderId, cancellationToken);
        if (page is null)
        {
            return (false, null);
        }

        if (!page.Order.CanUploadProof)
        {
            return (true, localizer["This order does not take a proof of payment now: it is paid, expired, cancelled, or a proof is already awaiting review."]);
        }

        var (upload, error) = await DocumentUpload.ReadAsync(file, localizer["Choose the file with your proof of payment."], localizer, cancellationToken);
        if (upload is null)
        {
            return (true, error);
        }

        var key = await store.SaveAsync(upload.Content, cancellationToken);
        var payment = new Payment(orderId, upload.FileName, key, actor.Describe(), clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Payments.Add(payment);
                await db.SaveChangesAsync(ct);
                audit.Record("PaymentProofUploaded", nameof(Payment), payment.Id.ToString(CultureInfo.InvariantCulture),
                    (await db.Orders.FindAsync([orderId], ct))!.PartnerOrganisationId, null,
                    new { payment.OrderId, payment.ProofFileName, Bytes = upload.Content.Length });
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A replayed upload: the order already has a live payment (unique index).
            db.ChangeTracker.Clear();
            store.Delete(key);
            return (true, localizer["This order does not take a proof of payment now: it is paid, expired, cancelled, or a proof is already awaiting review."]);
        }

        return (true, null);
    }

    public async Task<StoredDocument?> OpenProofAsync(int? organisationId, int paymentId,
        CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking()
            .Where(p => p.Id == paymentId)
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { p.ProofStorageKey, p.ProofFileName, o.PartnerOrganisationId })
            .FirstOrDefaultAsync(cancellationToken);
        if (payment is null || (organisationId is not null && payment.PartnerOrganisationId != organisationId))
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
                latest is null ? null : new PaymentModel(latest.Id, latest.ProofFileName, latest.UploadedAt, latest.ConfirmedOn, latest.RejectionReason));
        }).ToList();
    }
}
