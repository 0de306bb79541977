using System.Data;
using System.Globalization;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using EnrollmentEntity = LearningPartner.Domain.Enrollments.Enrollment;

namespace LearningPartner.Web.Features.Enrollment;

/// <summary>
/// The enrollment flows (R-LAP-*, R-SLV-1, R-GLD-*, R-FEE-*): what the partner can buy today, at what price,
/// and placing the order — only when the requirements are met, once per submission, one open order per option.
/// </summary>
public sealed class EnrollmentService(
    PortalDbContext db,
    PartnerStandingService standings,
    PartnerLookup partners,
    AuditTrail audit,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<EnrollPageViewModel?> GetPageAsync(string partnerId, CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partnerId, clock.Today, cancellationToken);
        if (standing is null)
        {
            return null;
        }

        var offers = standing.Eligibility is null ? [] : await OffersAsync(standing, cancellationToken);
        return new EnrollPageViewModel(partnerId, standing.Organisation.Name, standing.Date, standing.RuleSet?.ProgramYear,
            standing.Refusal, standing.Options, offers);
    }

    public async Task<OptionPageViewModel?> GetOptionAsync(string partnerId, LearningLevel level, string? competency,
        CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partnerId, clock.Today, cancellationToken);
        if (standing?.Eligibility is null)
        {
            return null;
        }

        var offer = (await OffersAsync(standing, cancellationToken)).FirstOrDefault(o => o.Level == level && o.CompetencyCode == competency);
        return offer is null
            ? null
            : new OptionPageViewModel(partnerId, standing.Organisation.Name, standing.Date, standing.RuleSet!, offer, Guid.NewGuid(),
                standing.Eligibility.HighestOffer(competency ?? string.Empty));
    }

    public async Task<PlaceOrderResult?> PlaceOrderAsync(string partnerId, LearningLevel level, string? competency, OrderRequest request,
        CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return null;
        }

        var key = request.RequestKey.ToString("N");

        // A replayed or double-clicked submission: show the order it already created.
        if (await ExistingOrderIdAsync(organisationId, key, cancellationToken) is { } replayed)
        {
            return PlaceOrderResult.Placed(replayed);
        }

        try
        {
            // R-FEE-1: the requirements are decided inside the write transaction, on the state it writes over: a payment
            // confirmed just before (which frees the option's open-order key) makes the option held, never orderable twice.
            return await db.InTransactionAsync(ct => PlaceOrderInTransactionAsync(partnerId, organisationId, level, competency, request, key, ct),
                IsolationLevel.Serializable, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique indexes decided a race: the same submission twice (same key), or another tab's order.
            db.ChangeTracker.Clear();
            if (await ExistingOrderIdAsync(organisationId, key, cancellationToken) is { } existing)
            {
                return PlaceOrderResult.Placed(existing);
            }

            var openKey = Order.OptionKey(organisationId, level, competency);
            var other = await db.Orders.Where(o => o.OpenOptionKey == openKey).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
            return PlaceOrderResult.Refused(localizer["An order for this option is already waiting for payment."], other);
        }
    }

    /// <summary>Checks the offer on today's standing and records the order, within one serializable transaction.</summary>
    private async Task<PlaceOrderResult?> PlaceOrderInTransactionAsync(string partnerId, int organisationId, LearningLevel level, string? competency,
        OrderRequest request, string key, CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partnerId, clock.Today, cancellationToken);
        if (standing is null)
        {
            return null;
        }

        if (standing.Eligibility is null)
        {
            return PlaceOrderResult.Refused(standing.Refusal!);
        }

        var offer = (await OffersAsync(standing, cancellationToken)).FirstOrDefault(o => o.Level == level && o.CompetencyCode == competency);
        if (offer is null)
        {
            return null;
        }

        if (offer.OpenOrderId is { } open)
        {
            // The open order may be this very submission's, placed by its twin since the check above.
            return await ExistingOrderIdAsync(organisationId, key, cancellationToken) is { } twin
                ? PlaceOrderResult.Placed(twin)
                : PlaceOrderResult.Refused(localizer["An order for this option is already waiting for payment."], open);
        }

        if (!offer.CanOrder)
        {
            // R-FEE-1: the server refuses what the disabled button would not have sent.
            return PlaceOrderResult.Refused(localizer["The requirements of this option are not met yet, so it cannot be ordered."]);
        }

        if (level == LearningLevel.Silver && !request.ConfirmPerformance)
        {
            return PlaceOrderResult.Refused(localizer["Confirm your performance submission to order the silver learning option."]);
        }

        var ruleSet = standing.RuleSet!;
        var today = standing.Date;
        await Orders.ExpiredOpenOrder.CancelAsync(db, audit, organisationId, level, competency, today, cancellationToken);
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.PartnerOrganisationId == organisationId
            && e.Level == level && e.CompetencyCode == competency && e.ActivationDate == null && e.EndedOn == null, cancellationToken);
        if (enrollment is null)
        {
            enrollment = new EnrollmentEntity(organisationId, level, competency, clock.Now);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync(cancellationToken);
        }

        var replaces = offer.Upgrade is null ? null : standing.HeldOption(LearningLevel.Silver, competency)?.EnrollmentId;
        var order = new Order(organisationId, enrollment.Id, offer.Upgrade is null ? OrderKind.NewEnrollment : OrderKind.Upgrade,
            level, offer.Price!, PaymentReferences.New("LP", today), key, clock.Now, today.AddDays(ruleSet.PendingOrderExpiryDays),
            competency, replaces);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("OrderPlaced", nameof(Order), order.Id.ToString(CultureInfo.InvariantCulture), organisationId, null,
            new { order.Kind, order.Level, order.CompetencyCode, Price = order.Price.ToString(), order.PaymentReference, order.ExpiresOn, ruleSet.ProgramYear },
            level == LearningLevel.Silver ? "Performance submission confirmed by the partner (R-SLV-1)" : null);
        await db.SaveChangesAsync(cancellationToken);
        return PlaceOrderResult.Placed(order.Id);
    }

    private Task<int?> ExistingOrderIdAsync(int organisationId, string key, CancellationToken cancellationToken) =>
        db.Orders.Where(o => o.PartnerOrganisationId == organisationId && o.IdempotencyKey == key)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<OfferModel>> OffersAsync(PartnerStanding standing, CancellationToken cancellationToken)
    {
        var eligibility = standing.Eligibility!;
        var ruleSet = standing.RuleSet!;
        var today = standing.Date;
        var openOrders = await db.Orders.AsNoTracking()
            .Where(o => o.PartnerOrganisationId == standing.Organisation.Id && o.OpenOptionKey != null && o.ExpiresOn > today)
            .Select(o => new { o.Id, o.Level, o.CompetencyCode })
            .ToListAsync(cancellationToken);
        var held = standing.Held;
        var currency = standing.Organisation.BillingCurrency;

        OfferModel Offer(LearningLevel level, CompetencyRule? competency, OptionEvaluation evaluation)
        {
            var code = competency?.Code;
            var open = openOrders.FirstOrDefault(o => o.Level == level && o.CompetencyCode == code)?.Id;
            if (level == LearningLevel.Gold && code is not null && held.Any(h => h.Level == LearningLevel.Silver && h.CompetencyCode == code)
                && !held.Any(h => h.Level == LearningLevel.Gold && h.CompetencyCode == code))
            {
                // R-GLD-3: a silver holder upgrades with the discount (when gold is met).
                var quote = UpgradeQuote.For(ruleSet, Pricing.CurrencyFor(ruleSet, LearningLevel.Gold, currency), today);
                var refusals = PurchaseRules.CanUpgradeToGold(eligibility, code, held) ? [] : new[] { PurchaseRefusal.RequirementsNotMet };
                return new OfferModel(level, code, competency?.Name, evaluation, refusals, quote.Price, quote, open);
            }

            return new OfferModel(level, code, competency?.Name, evaluation, PurchaseRules.RefusalsFor(eligibility, level, code, held),
                Pricing.FeeOf(ruleSet, level, currency), null, open);
        }

        var offers = new List<OfferModel> { Offer(LearningLevel.LearningActionPack, null, eligibility.LearningActionPack) };
        foreach (var competency in ruleSet.Competencies)
        {
            var evaluation = eligibility.Competency(competency.Code)!;
            if (evaluation.Silver is { } silver)
            {
                offers.Add(Offer(LearningLevel.Silver, competency, silver));
            }

            if (evaluation.Gold is { } gold)
            {
                offers.Add(Offer(LearningLevel.Gold, competency, gold));
            }
        }

        return offers;
    }

}
