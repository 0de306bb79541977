using System.Data;
using LearningPartner.Application.Common;
using LearningPartner.Application.Orders;
using LearningPartner.Application.Registration;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Enrollments;

/// <summary>
/// The enrollment flows (R-LAP-*, R-SLV-1, R-GLD-*, R-FEE-*): what the partner can buy today, at what price,
/// and placing the order — only when the requirements are met, once per submission, one open order per option.
/// </summary>
public sealed class EnrollmentService(PortalDbContext db, PartnerStandingService standings, AuditLog audit, ProgramClock clock,
    RegistrationService registration, WireTransfers wireTransfers, OrderNotices notices, NotificationSignal signal)
{
    public async Task<EnrollmentOffers> GetOffersAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partner, clock.Today, cancellationToken);
        var offers = standing.Eligibility is null ? [] : await OffersAsync(standing, cancellationToken);
        return new EnrollmentOffers(partner, standing.Date, standing.RuleSet?.ProgramYear, standing.Options, offers);
    }

    /// <summary>One option's offer today; null when it is not offered (no rule set, or no such option in it).</summary>
    public async Task<OptionOffer?> GetOfferAsync(PartnerContext partner, LearningLevel level, string? competency,
        CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partner, clock.Today, cancellationToken);
        if (standing.Eligibility is null)
        {
            return null;
        }

        var offer = (await OffersAsync(standing, cancellationToken)).FirstOrDefault(o => o.Level == level && o.CompetencyCode == competency);
        if (offer is null)
        {
            return null;
        }

        // R-ORG-1: a company pending verification (or one that must accept a new agreement) sees the order form disabled.
        return new OptionOffer(partner, standing.Date, standing.RuleSet!, offer, Guid.NewGuid(),
            standing.Eligibility.HighestOffer(competency ?? string.Empty), await registration.StatusAsync(partner, cancellationToken));
    }

    /// <summary>
    /// Places the order and answers with its id — or with the id of the order a replay of the same submission already made.
    /// Refused with the open order in the way when the option already waits for payment.
    /// </summary>
    public async Task<Result<int>> PlaceOrderAsync(PartnerContext partner, PlaceOrder command, CancellationToken cancellationToken)
    {
        var key = command.RequestKey.ToString("N");

        // A replayed or double-clicked submission: show the order it already created.
        if (await ExistingOrderIdAsync(partner.OrganisationId, key, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        try
        {
            // R-FEE-1: the requirements are decided inside the write transaction, on the state it writes over: a payment
            // confirmed just before (which frees the option's open-order key) makes the option held, never orderable twice.
            var placed = await db.InTransactionAsync(ct => PlaceOrderInTransactionAsync(partner, command, key, ct), IsolationLevel.Serializable,
                cancellationToken);
            signal.Poke(); // committed: the order's notice is emailed at once
            return placed;
        }
        catch (DbUpdateException)
        {
            // The unique indexes decided a race: the same submission twice (same key), or another tab's order.
            db.ChangeTracker.Clear();
            if (await ExistingOrderIdAsync(partner.OrganisationId, key, cancellationToken) is { } existing)
            {
                return existing;
            }

            var openKey = Order.OptionKey(partner.OrganisationId, command.Level, command.Competency);
            var other = await db.Orders.Where(o => o.OpenOptionKey == openKey).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
            return other is { } inTheWay ? Refusal.Of(RefusalCode.OrderAlreadyOpen, inTheWay) : Refusal.Of(RefusalCode.OrderAlreadyOpen);
        }
    }

    /// <summary>Checks the offer on today's standing and records the order, within one serializable transaction.</summary>
    private async Task<Result<int>> PlaceOrderInTransactionAsync(PartnerContext partner, PlaceOrder command, string key,
        CancellationToken cancellationToken)
    {
        var (level, competency) = (command.Level, command.Competency);

        // R-ORG-1: a registered company orders only once support staff verified it (and its agreement is current).
        if ((await registration.StatusAsync(partner, cancellationToken)).OrderingRefusal is { } notYet)
        {
            return notYet;
        }

        var standing = await standings.GetAsync(partner, clock.Today, cancellationToken);
        if (standing.Eligibility is null)
        {
            return Refusal.Of(RefusalCode.RuleSetMissing, standing.Date);
        }

        var offer = (await OffersAsync(standing, cancellationToken)).FirstOrDefault(o => o.Level == level && o.CompetencyCode == competency);
        if (offer is null)
        {
            return Result<int>.NotFound();
        }

        if (offer.OpenOrderId is { } open)
        {
            // The open order may be this very submission's, placed by its twin since the check above.
            return await ExistingOrderIdAsync(partner.OrganisationId, key, cancellationToken) is { } twin
                ? twin
                : Refusal.Of(RefusalCode.OrderAlreadyOpen, open);
        }

        if (!offer.CanOrder)
        {
            // R-FEE-1: the server refuses what the disabled button would not have sent.
            return Refusal.Of(RefusalCode.OptionRequirementsNotMet);
        }

        if (level == LearningLevel.Silver && !command.ConfirmPerformance)
        {
            return Refusal.Of(RefusalCode.PerformanceNotConfirmed);
        }

        // R-FEE-3: an order the partner could not pay by wire is not placed.
        if (wireTransfers.For(offer.Price!.Currency) is null)
        {
            return Refusal.Of(RefusalCode.WireInstructionsMissing, offer.Price.Currency);
        }

        var ruleSet = standing.RuleSet!;
        var today = standing.Date;
        var organisationId = partner.OrganisationId;
        await ExpiredOpenOrder.CancelAsync(db, audit, organisationId, level, competency, today, cancellationToken);
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.PartnerOrganisationId == organisationId
            && e.Level == level && e.CompetencyCode == competency && e.ActivationDate == null && e.EndedOn == null, cancellationToken);
        if (enrollment is null)
        {
            enrollment = new Enrollment(organisationId, level, competency, clock.Now);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync(cancellationToken);
        }

        var replaces = offer.Upgrade is null ? null : standing.HeldOption(LearningLevel.Silver, competency)?.EnrollmentId;
        var order = new Order(organisationId, enrollment.Id, offer.Upgrade is null ? OrderKind.NewEnrollment : OrderKind.Upgrade,
            level, offer.Price!, PaymentReferences.New("LP", today), key, clock.Now, today.AddDays(ruleSet.PendingOrderExpiryDays),
            competency, replaces);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(AuditAction.OrderPlaced, AuditSubject.Of(order), null, OrderPlacedValues.Of(order, ruleSet.ProgramYear),
            level == LearningLevel.Silver ? "Performance submission confirmed by the partner (R-SLV-1)" : null);
        await notices.PlacedAsync(order, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return order.Id;
    }

    private Task<int?> ExistingOrderIdAsync(int organisationId, string key, CancellationToken cancellationToken) =>
        db.Orders.Where(o => o.PartnerOrganisationId == organisationId && o.IdempotencyKey == key)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<Offer>> OffersAsync(PartnerStanding standing, CancellationToken cancellationToken)
    {
        var eligibility = standing.Eligibility!;
        var ruleSet = standing.RuleSet!;
        var today = standing.Date;
        var openOrders = await db.Orders.AsNoTracking()
            .Where(o => o.PartnerOrganisationId == standing.Partner.OrganisationId && o.OpenOptionKey != null && o.ExpiresOn > today)
            .Select(o => new { o.Id, o.Level, o.CompetencyCode })
            .ToListAsync(cancellationToken);
        var held = standing.Held;
        var currency = standing.Partner.BillingCurrency;

        Offer OfferOf(LearningLevel level, CompetencyRule? competency, OptionEvaluation evaluation)
        {
            var code = competency?.Code;
            var open = openOrders.FirstOrDefault(o => o.Level == level && o.CompetencyCode == code)?.Id;
            if (level == LearningLevel.Gold && code is not null && held.Any(h => h.Level == LearningLevel.Silver && h.CompetencyCode == code)
                && !held.Any(h => h.Level == LearningLevel.Gold && h.CompetencyCode == code))
            {
                // R-GLD-3: a silver holder upgrades with the discount (when gold is met).
                var quote = UpgradeQuote.For(ruleSet, Pricing.CurrencyFor(ruleSet, LearningLevel.Gold, currency), today);
                var refusals = PurchaseRules.CanUpgradeToGold(eligibility, code, held) ? [] : new[] { PurchaseRefusal.RequirementsNotMet };
                return new Offer(level, code, competency?.Name, evaluation, refusals, quote.Price, quote, open);
            }

            return new Offer(level, code, competency?.Name, evaluation, PurchaseRules.RefusalsFor(eligibility, level, code, held),
                Pricing.FeeOf(ruleSet, level, currency), null, open);
        }

        var offers = new List<Offer> { OfferOf(LearningLevel.LearningActionPack, null, eligibility.LearningActionPack) };
        foreach (var competency in ruleSet.Competencies)
        {
            var evaluation = eligibility.Competency(competency.Code)!;
            if (evaluation.Silver is { } silver)
            {
                offers.Add(OfferOf(LearningLevel.Silver, competency, silver));
            }

            if (evaluation.Gold is { } gold)
            {
                offers.Add(OfferOf(LearningLevel.Gold, competency, gold));
            }
        }

        return offers;
    }
}
