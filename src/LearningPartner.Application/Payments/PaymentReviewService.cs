using LearningPartner.Application.Common;
using LearningPartner.Application.Orders;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Payments;

/// <summary>
/// Support staff confirm or reject proofs of payment and set up marketplace profiles (R-ROLE-2, R-FEE-2,
/// R-LAP-2/3). Confirming activates the option on the confirmation date (R-DATE-3), in one transaction with
/// its audit entries; a stale decision (another staff member was quicker) is refused, never applied twice.
/// </summary>
public sealed class PaymentReviewService(
    PortalDbContext db,
    AuditLog audit,
    ProgramClock clock,
    ICurrentActor actor,
    RuleSetCatalogProvider catalogs,
    OrderNotices notices,
    PartnerNotifier notifier,
    IPortalLinks links,
    NotificationSignal signal,
    IOptions<OrderNoticeOptions> noticeOptions)
{
    private static readonly ILookup<int, OrderFact> NoOrders = Array.Empty<OrderFact>().ToLookup(_ => 0);

    public async Task<PaymentQueues> GetQueuesAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var payments = await (
                from p in db.Payments.AsNoTracking()
                join o in db.Orders on p.OrderId equals o.Id
                join org in db.PartnerOrganisations on o.PartnerOrganisationId equals org.Id
                where p.DecidedBy == null
                orderby p.Id
                select new { Payment = p, org.PartnerId, org.Name, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, o.ExpiresOn })
            .ToListAsync(cancellationToken);
        var profiles = await (
                from e in db.Enrollments.AsNoTracking()
                join org in db.PartnerOrganisations on e.PartnerOrganisationId equals org.Id
                where e.Level == LearningLevel.LearningActionPack && e.ActivationDate != null && e.MarketplaceProfileCompletedOn == null
                orderby e.ActivationDate
                select new ProfileToSetUp(e.Id, org.PartnerId, org.Name, e.ActivationDate!.Value))
            .ToListAsync(cancellationToken);
        // The partner's expiring notice and support's list start on the same day (Orders:ExpiryWarningDays).
        var warnFrom = today.AddDays(noticeOptions.Value.ExpiryWarningDays);
        var expiring = await (
                from o in db.Orders.AsNoTracking()
                join org in db.PartnerOrganisations on o.PartnerOrganisationId equals org.Id
                where o.Status == OrderStatus.PendingPayment && o.ExpiresOn > today && o.ExpiresOn <= warnFrom
                      && !db.Payments.Any(p => p.OpenOrderId == o.Id)
                orderby o.ExpiresOn
                select new { o.Id, org.PartnerId, org.Name, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, o.ExpiresOn })
            .ToListAsync(cancellationToken);

        return new PaymentQueues(
            today,
            payments.Select(p => new PaymentToConfirm(p.Payment.Id, p.Payment.Version, p.PartnerId, p.Name, p.Payment.OrderId, p.Level,
                p.CompetencyCode, p.Price, p.PaymentReference, p.Payment.ProofFileName, p.Payment.UploadedAt,
                today.DayNumber - ProgramDates.Today(p.Payment.UploadedAt, clock.TimeZone).DayNumber, p.ExpiresOn, p.Payment.Declared,
                p.Payment.Declared is { } declared ? PaymentMatch.Of(p.Price, declared.Amount) : null)).ToList(),
            profiles,
            expiring.Select(o => new OrderAboutToExpire(o.Id, o.PartnerId, o.Name, o.Level, o.CompetencyCode, o.Price, o.PaymentReference, o.ExpiresOn)).ToList());
    }

    /// <summary>
    /// Confirms the payment with what was received: the order is paid and its option active from today (R-DATE-3). An amount
    /// short or in another currency is refused unless support overrides it with a reason (R-FEE-3).
    /// </summary>
    public async Task<Result> ConfirmAsync(int paymentId, Guid version, PaymentConfirmation confirmation, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is null)
        {
            return Result.NotFound();
        }

        if (!payment.IsAwaitingDecision)
        {
            return Refusal.Of(RefusalCode.PaymentAlreadyDecided);
        }

        var order = await db.Orders.SingleAsync(o => o.Id == payment.OrderId, cancellationToken);
        var enrollment = await db.Enrollments.SingleAsync(e => e.Id == order.EnrollmentId, cancellationToken);
        if (order.Status != OrderStatus.PendingPayment)
        {
            return Refusal.Of(RefusalCode.OrderNotPending);
        }

        if (order.IsExpiredOn(today))
        {
            // R-FEE-2, R-RNW-1: an expired order — or a renewal past the end of grace — can no longer be paid.
            return Refusal.Of(RefusalCode.OrderExpiredUnpaid, order.ExpiresOn);
        }

        var mismatch = PaymentMatch.Of(order.Price, confirmation.Received.Amount);
        if (mismatch.NeedsOverride() && !confirmation.IsOverridden)
        {
            return Refusal.OnField(PaymentConfirmation.OverrideField,
                mismatch == PaymentMismatch.Short ? RefusalCode.PaymentShortNeedsOverride : RefusalCode.PaymentCurrencyNeedsOverride,
                confirmation.Received.Amount, order.Price);
        }

        if (await ConflictAsync(order, enrollment, today, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        db.Entry(payment).Property(p => p.Version).OriginalValue = version;
        payment.Confirm(actor.Describe(), today, order.Price, confirmation.Received, confirmation.IsOverridden ? confirmation.OverrideReason : null);
        order.MarkPaid();
        audit.Record(AuditAction.PaymentConfirmed, AuditSubject.Of(payment, order), new PaymentValues("AwaitingDecision"),
            new PaymentValues(null, payment.ConfirmedOn, order.PaymentReference, order.Price.ToString(), confirmation.Received.Amount.ToString(),
                confirmation.Received.ValueDate, payment.BankReference, mismatch.ToString()),
            payment.OverrideReason);
        if (order.Kind == OrderKind.Renewal)
        {
            await notices.ConfirmedAsync(order, await RenewAsync(order, enrollment, cancellationToken), cancellationToken);
            return await SaveAsync(cancellationToken);
        }

        enrollment.Activate(today);
        audit.Record(AuditAction.EnrollmentActivated, AuditSubject.Of(enrollment), null, EnrollmentValues.Of(enrollment));
        if (order.ReplacesEnrollmentId is { } replaced)
        {
            // R-GLD-3: the upgrade's activation replaces the silver option; its fee is not refunded.
            var silver = await db.Enrollments.SingleAsync(e => e.Id == replaced, cancellationToken);
            silver.End(today, "Upgraded to gold (R-GLD-3)");
            audit.Record(AuditAction.EnrollmentReplaced, AuditSubject.Of(silver), null, new EndedValues(silver.EndedOn, silver.EndReason));
            foreach (var renewal in await db.Orders.Where(o => o.EnrollmentId == replaced && o.Kind == OrderKind.Renewal
                         && o.Status == OrderStatus.PendingPayment).ToListAsync(cancellationToken))
            {
                renewal.Cancel();
                audit.Record(AuditAction.OrderCancelled, AuditSubject.Of(renewal), null, new OrderStatusValues(renewal.Status),
                    "The silver option it would renew was replaced by gold (R-GLD-3)");
            }
        }

        if (enrollment.Level == LearningLevel.LearningActionPack)
        {
            // R-LAP-2: the marketplace profile request is now in support's queue (state derives from the dates).
            audit.Record(AuditAction.MarketplaceProfileRequested, AuditSubject.Of(enrollment), null, new MarketplaceValues(Requested: today));
        }

        await notices.ConfirmedAsync(order, enrollment.AnniversaryDate!.Value, cancellationToken);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Rejects the proof with the reason the partner reads; the order waits for another proof.</summary>
    public async Task<Result> RejectAsync(int paymentId, Guid version, string reason, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is null)
        {
            return Result.NotFound();
        }

        if (!payment.IsAwaitingDecision)
        {
            return Refusal.Of(RefusalCode.PaymentAlreadyDecided);
        }

        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == payment.OrderId, cancellationToken);
        db.Entry(payment).Property(p => p.Version).OriginalValue = version;
        payment.Reject(actor.Describe(), reason);
        audit.Record(AuditAction.PaymentRejected, AuditSubject.Of(payment, order), new PaymentValues("AwaitingDecision"),
            new PaymentValues("Rejected"), reason);
        await notices.RejectedAsync(order, reason, cancellationToken);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>R-LAP-2/3: the Learning Action Pack's marketplace profile is set up; the partner buys at learning-partner terms.</summary>
    public async Task<Result> CompleteMarketplaceProfileAsync(int enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.Id == enrollmentId
            && e.Level == LearningLevel.LearningActionPack && e.ActivationDate != null, cancellationToken);
        if (enrollment is null)
        {
            return Result.NotFound();
        }

        if (enrollment.MarketplaceProfileCompletedOn is not null)
        {
            return Refusal.Of(RefusalCode.MarketplaceProfileAlreadySetUp);
        }

        enrollment.CompleteMarketplaceProfile(clock.Today);
        audit.Record(AuditAction.MarketplaceProfileCompleted, AuditSubject.Of(enrollment), null,
            new MarketplaceValues(Completed: enrollment.MarketplaceProfileCompletedOn));
        // R-LAP-3: the partner hears that it now buys at learning-partner terms, saved with the completion.
        var partnerId = await notifier.PartnerIdAsync(enrollment.PartnerOrganisationId, cancellationToken);
        await notifier.NotifyActiveMembersAsync(enrollment.PartnerOrganisationId, NoticeKind.MarketplaceProfileReady,
            new MarketplaceProfileFacts(clock.Today, enrollment.AnniversaryDate!.Value).ToJson(), links.Overview(partnerId), cancellationToken);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Re-checks, at confirmation, what the order's page checked when it was placed: the option it renews still exists, it is
    /// not held already, and silver is not bought while gold in the competency is held (R-FEE-1). Held means as the partner's
    /// pages say it (<see cref="OptionRows"/>: active, marketplace pending, or in the grace period of its AD's rule set,
    /// R-RNW-1); an option whose AD no rule set covers counts as held, since nothing shows it is not.
    /// </summary>
    private async Task<Refusal?> ConflictAsync(Order order, Enrollment enrollment, DateOnly today, CancellationToken cancellationToken)
    {
        if (enrollment.EndedOn is not null)
        {
            return Refusal.Of(RefusalCode.OptionEnded);
        }

        if (order.Kind == OrderKind.Renewal)
        {
            return null;
        }

        var activated = await db.Enrollments.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == order.PartnerOrganisationId && e.ActivationDate != null && e.EndedOn == null
                        && e.CompetencyCode == order.CompetencyCode)
            .ToListAsync(cancellationToken);
        var held = OptionRows.Of(activated, NoOrders, today, catalogs.Catalog)
            .Where(o => o.Status?.IsHeld ?? o.RuleSetMissing)
            .Select(o => o.Level)
            .ToList();
        return held.Contains(order.Level) || (order.Level == LearningLevel.Silver && held.Contains(LearningLevel.Gold))
            ? Refusal.Of(RefusalCode.OptionAlreadyHeld)
            : null;
    }

    /// <summary>
    /// R-DATE-3, R-GLD-2 (<see cref="RenewalPayment"/>): the confirmed renewal renews the option, or steps it down; answers with
    /// the anniversary date the renewed option now runs to.
    /// </summary>
    private async Task<DateOnly> RenewAsync(Order order, Enrollment held, CancellationToken cancellationToken)
    {
        var anniversary = AnniversaryExtension.Apply(held.Level, held.CompetencyCode, held.AnniversaryDate!.Value,
            catalogs.Catalog.ExtensionWindows);
        var before = new RenewalValues(held.Level, held.AnniversaryDate);
        // Held on the AD: activated, not ended, its own AD still ahead (a long-lapsed row does not count).
        var lowerAlreadyHeld = order.Level != held.Level && await db.Enrollments.AnyAsync(e => e.PartnerOrganisationId == held.PartnerOrganisationId
            && e.Level == order.Level && e.CompetencyCode == order.CompetencyCode && e.ActivationDate != null && e.EndedOn == null && e.Id != held.Id
            && e.AnniversaryDate > anniversary.Effective, cancellationToken);
        var continued = RenewalPayment.Apply(held, order.Level, anniversary, lowerAlreadyHeld, clock.Now);
        if (order.Level == held.Level)
        {
            audit.Record(AuditAction.EnrollmentRenewed, AuditSubject.Of(held), before, new RenewalValues(held.Level, held.AnniversaryDate));
            return held.AnniversaryDate!.Value;
        }

        if (continued is not null)
        {
            db.Enrollments.Add(continued);
        }

        var steppedDownTo = ProgramDates.PlusOneYear(anniversary.Effective);
        audit.Record(AuditAction.EnrollmentSteppedDown, AuditSubject.Of(held), before, new RenewalValues(order.Level, steppedDownTo), held.EndReason);
        return steppedDownTo;
    }

    private async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            signal.Poke(); // committed: a decision's notice is emailed at once
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.PaymentDecidedMeanwhile);
        }
    }
}
