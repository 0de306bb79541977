using System.Data;
using LearningPartner.Application.Common;
using LearningPartner.Application.Orders;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Renewal;

/// <summary>R-RNW-1, R-FY-1, R-GLD-2: renewing an option from its anniversary date, as an order like any other.</summary>
public sealed class RenewalService(PortalDbContext db, PartnerStandingService standings, AuditLog audit, ProgramClock clock,
    WireTransfers wireTransfers, OrderNotices notices, NotificationSignal signal)
{
    /// <summary>The renewal of one of the partner's activated options; null when it has no such option.</summary>
    public async Task<RenewalQuote?> GetAsync(PartnerContext partner, int enrollmentId, CancellationToken cancellationToken)
    {
        var today = await standings.GetAsync(partner, clock.Today, cancellationToken);
        var option = today.Options.FirstOrDefault(o => o.EnrollmentId == enrollmentId && o.ActivationDate is not null);
        if (option is null)
        {
            return null;
        }

        var anniversary = option.Status?.Anniversary?.Effective ?? option.StoredAnniversary ?? option.ActivationDate!.Value;
        var graceLastDay = option.Status?.GraceEndsOn?.AddDays(-1);
        var openOrder = await db.Orders.AsNoTracking()
            .Where(o => o.EnrollmentId == enrollmentId && o.Kind == OrderKind.Renewal && o.OpenOptionKey != null && o.ExpiresOn > today.Date)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

        RenewalQuote NotRenewable(Refusal why) =>
            new(partner, option, anniversary, graceLastDay, null, null, null, null, openOrder, why, Guid.NewGuid());

        if (option.Status?.State != OptionState.InGrace)
        {
            return NotRenewable(option.Status?.State switch
            {
                // R-PRG-1: with no rule set for the AD's program year the state is unknown: say which year is missing.
                null => Refusal.Of(RefusalCode.RuleSetMissing, anniversary),
                OptionState.Lapsed => Refusal.Of(RefusalCode.RenewalLapsed),
                _ => Refusal.Of(RefusalCode.RenewalNotOpenYet, anniversary),
            });
        }

        // R-RNW-1: evaluated with the AD as evaluation date — its rule set, its KPI window (R-KPI-7).
        var atAnniversary = await standings.GetAsync(partner, anniversary, cancellationToken);
        if (atAnniversary.Eligibility is not { } eligibility)
        {
            return NotRenewable(Refusal.Of(RefusalCode.RuleSetMissing, anniversary));
        }

        var renewsAt = RenewalRules.LevelAtRenewal(eligibility, option.Level, option.CompetencyCode);
        var price = renewsAt is { } level ? Pricing.FeeOf(atAnniversary.RuleSet!, level, partner.BillingCurrency) : null;
        var refusal = renewsAt is null ? Refusal.Of(RefusalCode.RenewalNoLevelMet) : null;
        if (renewsAt is { } lower && lower != option.Level
            && today.HeldOption(lower, lower == LearningLevel.LearningActionPack ? null : option.CompetencyCode) is not null)
        {
            // R-GLD-2: stepping down to an option the partner holds already renews nothing; this option lapses.
            refusal = Refusal.Of(RefusalCode.RenewalLowerLevelHeld, lower);
        }

        return new RenewalQuote(partner, option, anniversary, graceLastDay, atAnniversary.RuleSet,
            eligibility.Option(option.Level, option.CompetencyCode), renewsAt, price, openOrder, refusal, Guid.NewGuid());
    }

    /// <summary>Places the renewal order and answers with its id (or the id a replay of the same submission already made).</summary>
    public async Task<Result<int>> PlaceAsync(PartnerContext partner, int enrollmentId, Guid requestKey, CancellationToken cancellationToken)
    {
        var organisationId = partner.OrganisationId;
        var key = requestKey.ToString("N");
        Task<int?> ExistingOrderIdAsync() => db.Orders.Where(o => o.PartnerOrganisationId == organisationId && o.IdempotencyKey == key)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (await ExistingOrderIdAsync() is { } replayed)
        {
            return replayed;
        }

        try
        {
            // R-RNW-1: decided inside the write transaction, on the state it writes over: a renewal payment confirmed just before
            // (which frees the open-order key and moves the anniversary) is seen, never renewed twice (as ordering, issue 12).
            var placed = await db.InTransactionAsync(async ct =>
            {
                var renewal = await GetAsync(partner, enrollmentId, ct);
                if (renewal is null)
                {
                    return Result<int>.NotFound();
                }

                if (renewal.OpenOrderId is { } open)
                {
                    // The open order may be this very submission's, placed by its twin since the check above.
                    return await ExistingOrderIdAsync() is { } twin ? twin : Refusal.Of(RefusalCode.RenewalAlreadyOpen, open);
                }

                if (!renewal.CanRenew)
                {
                    return renewal.Refusal ?? Refusal.Of(RefusalCode.OptionRequirementsNotMet);
                }

                // R-FEE-3: a renewal the partner could not pay by wire is not ordered.
                if (wireTransfers.For(renewal.Price!.Currency) is null)
                {
                    return Refusal.Of(RefusalCode.WireInstructionsMissing, renewal.Price.Currency);
                }

                var today = clock.Today;
                var level = renewal.RenewsAt!.Value;
                var competency = level == LearningLevel.LearningActionPack ? null : renewal.Option.CompetencyCode;
                // R-RNW-1: a pending renewal lapses with its option at the end of grace.
                var expiresOn = Min(today.AddDays(renewal.RuleSet!.PendingOrderExpiryDays), renewal.GraceLastDay!.Value.AddDays(1));
                await ExpiredOpenOrder.CancelAsync(db, audit, organisationId, level, competency, today, ct);
                var order = new Order(organisationId, enrollmentId, OrderKind.Renewal, level, renewal.Price!, PaymentReferences.New("LR", today), key,
                    clock.Now, expiresOn, competency);
                db.Orders.Add(order);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.RenewalOrdered, AuditSubject.Of(order), null,
                    new RenewalOrderedValues(enrollmentId, renewal.Option.Level, level, renewal.Anniversary, order.Price.ToString(),
                        renewal.RuleSet.ProgramYear),
                    renewal.StepsDown ? "Steps down: only this level is met on the anniversary date (R-GLD-2)" : null);
                await notices.PlacedAsync(order, ct);
                await db.SaveChangesAsync(ct);
                return order.Id;
            }, IsolationLevel.Serializable, cancellationToken);
            signal.Poke(); // committed: the renewal order's notice is emailed at once
            return placed;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Orders.Where(o => o.IdempotencyKey == key).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is { } existing
                ? existing
                : Refusal.Of(RefusalCode.RenewalAlreadyOpen);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>What the audit trail records of a renewal order.</summary>
    private sealed record RenewalOrderedValues(int EnrollmentId, LearningLevel HeldLevel, LearningLevel RenewsAt, DateOnly Anniversary,
        string Price, string ProgramYear);
}
