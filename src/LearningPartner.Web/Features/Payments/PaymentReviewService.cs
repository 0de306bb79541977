using System.Globalization;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Payments;

/// <summary>
/// Support staff confirm or reject proofs of payment and set up marketplace profiles (R-ROLE-2, R-FEE-2,
/// R-LAP-2/3). Confirming activates the option on the confirmation date (R-DATE-3), in one transaction with
/// its audit entries; a stale decision (another staff member was quicker) is refused, never applied twice.
/// </summary>
public sealed class PaymentReviewService(
    PortalDbContext db,
    AuditTrail audit,
    ProgramClock clock,
    ICurrentActor actor,
    RuleSetCatalogProvider catalogs,
    IStringLocalizer<SharedResource> localizer)
{
    private const int ExpiryWarningDays = 7;

    /// <summary>Longest grace period of the shipped rule sets; an option past its AD by more is not held.</summary>
    private const int MaxGraceDays = 30;

    public async Task<PaymentQueuesViewModel> GetQueuesAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var payments = await (
                from p in db.Payments.AsNoTracking()
                join o in db.Orders on p.OrderId equals o.Id
                join org in db.PartnerOrganisations on o.PartnerOrganisationId equals org.Id
                where p.DecidedBy == null
                orderby p.Id
                select new { p.Id, p.Version, org.PartnerId, org.Name, OrderId = o.Id, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, p.ProofFileName, p.UploadedAt, o.ExpiresOn })
            .ToListAsync(cancellationToken);
        var profiles = await (
                from e in db.Enrollments.AsNoTracking()
                join org in db.PartnerOrganisations on e.PartnerOrganisationId equals org.Id
                where e.Level == LearningLevel.LearningActionPack && e.ActivationDate != null && e.MarketplaceProfileCompletedOn == null
                orderby e.ActivationDate
                select new ProfileToSetUp(e.Id, org.PartnerId, org.Name, e.ActivationDate!.Value))
            .ToListAsync(cancellationToken);
        var warnFrom = today.AddDays(ExpiryWarningDays);
        var expiring = await (
                from o in db.Orders.AsNoTracking()
                join org in db.PartnerOrganisations on o.PartnerOrganisationId equals org.Id
                where o.Status == OrderStatus.PendingPayment && o.ExpiresOn > today && o.ExpiresOn <= warnFrom
                      && !db.Payments.Any(p => p.OpenOrderId == o.Id)
                orderby o.ExpiresOn
                select new { o.Id, org.PartnerId, org.Name, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, o.ExpiresOn })
            .ToListAsync(cancellationToken);

        return new PaymentQueuesViewModel(
            today,
            payments.Select(p => new PaymentToConfirm(p.Id, p.Version, p.PartnerId, p.Name, p.OrderId, p.Level, p.CompetencyCode, p.Price,
                p.PaymentReference, p.ProofFileName, p.UploadedAt, p.ExpiresOn)).ToList(),
            profiles,
            expiring.Select(o => new OrderAboutToExpire(o.Id, o.PartnerId, o.Name, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, o.ExpiresOn)).ToList());
    }

    /// <summary>Confirms the payment: the order is paid and its option active from today (R-DATE-3). Null: no such payment.</summary>
    public async Task<string?> ConfirmAsync(int paymentId, Guid version, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is null)
        {
            return null;
        }

        if (!payment.IsAwaitingDecision)
        {
            return localizer["This payment has already been decided."];
        }

        var order = await db.Orders.SingleAsync(o => o.Id == payment.OrderId, cancellationToken);
        var enrollment = await db.Enrollments.SingleAsync(e => e.Id == order.EnrollmentId, cancellationToken);
        if (order.Status != OrderStatus.PendingPayment)
        {
            return localizer["This order is no longer waiting for payment."];
        }

        if (order.IsExpiredOn(today))
        {
            // R-FEE-2, R-RNW-1: an expired order — or a renewal past the end of grace — can no longer be paid.
            return localizer["This order expired on {0} and can no longer be paid.", order.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        }

        if (await ConflictAsync(order, enrollment, today, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        db.Entry(payment).Property(p => p.Version).OriginalValue = version;
        payment.Confirm(actor.Describe(), today);
        order.MarkPaid();
        var organisationId = order.PartnerOrganisationId;
        audit.Record("PaymentConfirmed", nameof(Payment), Id(payment.Id), organisationId, new { Status = "AwaitingDecision" },
            new { payment.ConfirmedOn, order.PaymentReference, Price = order.Price.ToString() });
        if (order.Kind == OrderKind.Renewal)
        {
            await RenewAsync(order, enrollment, cancellationToken);
            return await SaveAsync(cancellationToken);
        }

        enrollment.Activate(today);
        audit.Record("EnrollmentActivated", nameof(Enrollment), Id(enrollment.Id), organisationId, null,
            new { enrollment.Level, enrollment.CompetencyCode, enrollment.ActivationDate, enrollment.AnniversaryDate });
        if (order.ReplacesEnrollmentId is { } replaced)
        {
            // R-GLD-3: the upgrade's activation replaces the silver option; its fee is not refunded.
            var silver = await db.Enrollments.SingleAsync(e => e.Id == replaced, cancellationToken);
            silver.End(today, "Upgraded to gold (R-GLD-3)");
            audit.Record("EnrollmentReplaced", nameof(Enrollment), Id(silver.Id), organisationId, null, new { silver.EndedOn, silver.EndReason });
            foreach (var renewal in await db.Orders.Where(o => o.EnrollmentId == replaced && o.Kind == OrderKind.Renewal
                         && o.Status == OrderStatus.PendingPayment).ToListAsync(cancellationToken))
            {
                renewal.Cancel();
                audit.Record("OrderCancelled", nameof(Order), Id(renewal.Id), organisationId, null, new { renewal.Status },
                    "The silver option it would renew was replaced by gold (R-GLD-3)");
            }
        }

        if (enrollment.Level == LearningLevel.LearningActionPack)
        {
            // R-LAP-2: the marketplace profile request is now in support's queue (state derives from the dates).
            audit.Record("MarketplaceProfileRequested", nameof(Enrollment), Id(enrollment.Id), organisationId, null, new { Requested = today });
        }

        return await SaveAsync(cancellationToken);
    }

    public async Task<string?> RejectAsync(int paymentId, Guid version, string reason, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is null)
        {
            return null;
        }

        if (!payment.IsAwaitingDecision)
        {
            return localizer["This payment has already been decided."];
        }

        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == payment.OrderId, cancellationToken);
        db.Entry(payment).Property(p => p.Version).OriginalValue = version;
        payment.Reject(actor.Describe(), reason);
        audit.Record("PaymentRejected", nameof(Payment), Id(payment.Id), order.PartnerOrganisationId, new { Status = "AwaitingDecision" },
            new { Status = "Rejected" }, reason);
        return await SaveAsync(cancellationToken);
    }

    public async Task<string?> CompleteMarketplaceProfileAsync(int enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.Id == enrollmentId
            && e.Level == LearningLevel.LearningActionPack && e.ActivationDate != null, cancellationToken);
        if (enrollment is null)
        {
            return null;
        }

        if (enrollment.MarketplaceProfileCompletedOn is not null)
        {
            return localizer["The marketplace profile was already set up."];
        }

        enrollment.CompleteMarketplaceProfile(clock.Today);
        audit.Record("MarketplaceProfileCompleted", nameof(Enrollment), Id(enrollment.Id), enrollment.PartnerOrganisationId, null,
            new { enrollment.MarketplaceProfileCompletedOn });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Re-checks, at confirmation, what the order's page checked when it was placed: the option it renews still
    /// exists, it is not held already, and silver is not bought while gold in the competency is held (R-FEE-1).
    /// </summary>
    private async Task<string?> ConflictAsync(Order order, Domain.Enrollments.Enrollment enrollment, DateOnly today, CancellationToken cancellationToken)
    {
        if (enrollment.EndedOn is not null)
        {
            return localizer["The option this order is for has ended (replaced or stepped down); cancel the payment with the partner."].Value;
        }

        if (order.Kind == OrderKind.Renewal)
        {
            return null;
        }

        var held = await db.Enrollments.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == order.PartnerOrganisationId && e.ActivationDate != null && e.EndedOn == null
                        && e.CompetencyCode == order.CompetencyCode && e.AnniversaryDate > today.AddDays(-MaxGraceDays))
            .Select(e => e.Level)
            .ToListAsync(cancellationToken);
        return held.Contains(order.Level) || (order.Level == LearningLevel.Silver && held.Contains(LearningLevel.Gold))
            ? localizer["The partner already holds this option, or gold in its competency; this payment cannot activate it."].Value
            : null;
    }

    /// <summary>
    /// R-DATE-3: a confirmed renewal moves the AD to the old AD + 1 year, however late in grace it was paid; a
    /// step-down (R-GLD-2) ends the option on its AD and continues at the lower level from that same AD.
    /// </summary>
    private async Task RenewAsync(Order order, Domain.Enrollments.Enrollment held, CancellationToken cancellationToken)
    {
        var anniversary = AnniversaryExtension.Apply(held.Level, held.CompetencyCode, held.AnniversaryDate!.Value,
            catalogs.Catalog.ExtensionWindows);
        var before = new { held.Level, held.AnniversaryDate };
        if (order.Level == held.Level)
        {
            held.Renew(anniversary);
            audit.Record("EnrollmentRenewed", nameof(Domain.Enrollments.Enrollment), Id(held.Id), held.PartnerOrganisationId, before,
                new { held.Level, held.AnniversaryDate });
            return;
        }

        held.End(anniversary.Effective, $"Stepped down to {order.Level} at renewal (R-GLD-2)");
        // Held on the AD: activated, not ended, its own AD still ahead (a long-lapsed row does not count).
        var alreadyHeld = await db.Enrollments.AnyAsync(e => e.PartnerOrganisationId == held.PartnerOrganisationId && e.Level == order.Level
            && e.CompetencyCode == order.CompetencyCode && e.ActivationDate != null && e.EndedOn == null && e.Id != held.Id
            && e.AnniversaryDate > anniversary.Effective, cancellationToken);
        if (!alreadyHeld)
        {
            var continued = new Domain.Enrollments.Enrollment(held.PartnerOrganisationId, order.Level, order.CompetencyCode, clock.Now);
            continued.Activate(anniversary.Effective);
            db.Enrollments.Add(continued);
        }

        audit.Record("EnrollmentSteppedDown", nameof(Domain.Enrollments.Enrollment), Id(held.Id), held.PartnerOrganisationId, before,
            new { Level = order.Level, AnniversaryDate = ProgramDates.PlusOneYear(anniversary.Effective) }, held.EndReason);
    }

    /// <summary>Empty string on success (so null can mean "not found").</summary>
    private async Task<string> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return string.Empty;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return localizer["Someone else decided this while you were looking at it. The queue now shows the current state."];
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
