using System.Data;
using System.Globalization;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Enrollment;
using LearningPartner.Web.Features.Orders;
using LearningPartner.Web.Features.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Renewal;

/// <summary>R-RNW-1, R-FY-1, R-GLD-2: renewing an option from its anniversary date, as an order like any other.</summary>
public sealed class RenewalService(
    PortalDbContext db,
    PartnerStandingService standings,
    AuditTrail audit,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<RenewalViewModel?> GetAsync(string partnerId, int enrollmentId, CancellationToken cancellationToken)
    {
        var today = await standings.GetAsync(partnerId, clock.Today, cancellationToken);
        var option = today?.Options.FirstOrDefault(o => o.EnrollmentId == enrollmentId && o.ActivationDate is not null);
        if (today is null || option is null)
        {
            return null;
        }

        var anniversary = option.Status?.Anniversary?.Effective ?? option.StoredAnniversary ?? option.ActivationDate!.Value;
        var graceLastDay = option.Status?.GraceEndsOn?.AddDays(-1);
        var openOrder = await db.Orders.AsNoTracking()
            .Where(o => o.EnrollmentId == enrollmentId && o.Kind == OrderKind.Renewal && o.OpenOptionKey != null && o.ExpiresOn > today.Date)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

        if (option.Status?.State != OptionState.InGrace)
        {
            var why = option.Status?.State switch
            {
                // R-PRG-1: with no rule set for the AD's program year the state is unknown: say which year is missing.
                null when option.Refusal is not null => option.Refusal,
                OptionState.Lapsed => localizer["The option lapsed at the end of its grace period; you can only enroll anew."],
                _ => localizer["Renewal opens on the anniversary date, {0}.", anniversary.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value,
            };
            return new RenewalViewModel(partnerId, today.Organisation.Name, option, anniversary, graceLastDay, null, null, null, null, openOrder, why, Guid.NewGuid());
        }

        // R-RNW-1: evaluated with the AD as evaluation date — its rule set, its KPI window (R-KPI-7).
        var atAnniversary = await standings.GetAsync(today.Organisation, anniversary, cancellationToken);
        if (atAnniversary.Eligibility is not { } eligibility)
        {
            return new RenewalViewModel(partnerId, today.Organisation.Name, option, anniversary, graceLastDay, null, null, null, null, openOrder,
                atAnniversary.Refusal, Guid.NewGuid());
        }

        var renewsAt = RenewalRules.LevelAtRenewal(eligibility, option.Level, option.CompetencyCode);
        var price = renewsAt is { } level ? Pricing.FeeOf(atAnniversary.RuleSet!, level, today.Organisation.BillingCurrency) : null;
        string? refusal = renewsAt is null ? localizer["On the anniversary date no level of this option is met, so it cannot be renewed."].Value : null;
        if (renewsAt is { } lower && lower != option.Level
            && today.HeldOption(lower, lower == LearningLevel.LearningActionPack ? null : option.CompetencyCode) is not null)
        {
            // R-GLD-2: stepping down to an option the partner holds already renews nothing; this option lapses.
            refusal = localizer["On the anniversary date only {0} is met, and you hold it already: this option cannot be renewed.", lower.ToString()].Value;
        }
        return new RenewalViewModel(partnerId, today.Organisation.Name, option, anniversary, graceLastDay, atAnniversary.RuleSet,
            eligibility.Option(option.Level, option.CompetencyCode), renewsAt, price, openOrder, refusal, Guid.NewGuid());
    }

    public async Task<PlaceOrderResult?> PlaceAsync(string partnerId, int enrollmentId, Guid requestKey, CancellationToken cancellationToken)
    {
        var organisationId = await db.PartnerOrganisations.Where(o => o.PartnerId == partnerId).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (organisationId is null)
        {
            return null;
        }

        var key = requestKey.ToString("N");
        Task<int?> ExistingOrderIdAsync() => db.Orders.Where(o => o.PartnerOrganisationId == organisationId && o.IdempotencyKey == key)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (await ExistingOrderIdAsync() is { } replayed)
        {
            return PlaceOrderResult.Placed(replayed);
        }

        try
        {
            // R-RNW-1: decided inside the write transaction, on the state it writes over: a renewal payment confirmed just before
            // (which frees the open-order key and moves the anniversary) is seen, never renewed twice (as ordering, issue 12).
            return await db.InTransactionAsync(async ct =>
            {
                var renewal = await GetAsync(partnerId, enrollmentId, ct);
                if (renewal is null)
                {
                    return null;
                }

                if (renewal.OpenOrderId is { } open)
                {
                    // The open order may be this very submission's, placed by its twin since the check above.
                    return await ExistingOrderIdAsync() is { } twin
                        ? PlaceOrderResult.Placed(twin)
                        : PlaceOrderResult.Refused(localizer["A renewal order for this option is already waiting for payment."], open);
                }

                if (!renewal.CanRenew)
                {
                    return PlaceOrderResult.Refused(renewal.Refusal ?? localizer["The requirements of this option are not met yet, so it cannot be ordered."]);
                }

                var today = clock.Today;
                var level = renewal.RenewsAt!.Value;
                var competency = level == LearningLevel.LearningActionPack ? null : renewal.Option.CompetencyCode;
                // R-RNW-1: a pending renewal lapses with its option at the end of grace.
                var expiresOn = Min(today.AddDays(renewal.RuleSet!.PendingOrderExpiryDays), renewal.GraceLastDay!.Value.AddDays(1));
                await ExpiredOpenOrder.CancelAsync(db, audit, organisationId.Value, level, competency, today, ct);
                var order = new Order(organisationId.Value, enrollmentId, OrderKind.Renewal, level, renewal.Price!, PaymentReferences.New("LR", today), key,
                    clock.Now, expiresOn, competency);
                db.Orders.Add(order);
                await db.SaveChangesAsync(ct);
                audit.Record("RenewalOrdered", nameof(Order), order.Id.ToString(CultureInfo.InvariantCulture), organisationId, null,
                    new
                    {
                        EnrollmentId = enrollmentId,
                        HeldLevel = renewal.Option.Level,
                        RenewsAt = level,
                        Anniversary = renewal.Anniversary,
                        Price = order.Price.ToString(),
                        renewal.RuleSet.ProgramYear
                    },
                    renewal.StepsDown ? "Steps down: only this level is met on the anniversary date (R-GLD-2)" : null);
                await db.SaveChangesAsync(ct);
                return PlaceOrderResult.Placed(order.Id);
            }, IsolationLevel.Serializable, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Orders.Where(o => o.IdempotencyKey == key).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is { } existing
                ? PlaceOrderResult.Placed(existing)
                : PlaceOrderResult.Refused(localizer["A renewal order for this option is already waiting for payment."]);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
