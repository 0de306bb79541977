using LearningPartner.Application.Common;
using LearningPartner.Application.Reminders;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Reminders;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Partners;

/// <summary>The partner's home page: organisation, trainers, exams and purchases of the last 12 months.</summary>
public sealed class PartnerOverviewService(PortalDbContext db, ProgramClock clock, PartnerStandingService standings,
    ReminderQueries reminders, PartnerPages pages, IOptions<ReminderOptions> reminderOptions)
{
    private const int RecentLineCount = 10;

    /// <summary>
    /// Today's overview, kept in memory under the partner's data version and today's date (<see cref="PartnerPages"/>):
    /// every row it shows names the partner, and trainer validity and standing come from today's date.
    /// </summary>
    public Task<PartnerOverview> GetAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return pages.GetAsync(partner, today, ct => BuildAsync(partner, today, ct), cancellationToken);
    }

    /// <summary>The overview on the date read from the database, without the cache.</summary>
    public async Task<PartnerOverview> BuildAsync(PartnerContext partner, DateOnly today, CancellationToken cancellationToken)
    {
        var partnerId = partner.PartnerId;
        // The 12 complete calendar months before this month (R-KPI-7's window for today).
        var windowTo = ProgramDates.MonthStart(today);
        var windowFrom = windowTo.AddMonths(-12);
        var (fromKey, toKey) = (InvoiceLine.MonthKey(windowFrom), InvoiceLine.MonthKey(windowTo));

        // Trainers, exams, enrollments and orders are read once: today's standing and each anniversary's come from them.
        var record = await standings.LoadAsync(partner, cancellationToken);
        var trainers = record.Trainers.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var exams = record.Exams.OrderByDescending(e => e.PassedOn).Select(e => new ExamPassRow(e.ExamCode, e.PersonName, e.PassedOn,
            e.Review.Status, e.Review.RejectionReason)).ToList();

        // Grouped by the database over the (partner, invoice date) index, never line by line in memory.
        var months = await db.InvoiceLines.AsNoTracking()
            .Where(l => l.PartnerId == partnerId && l.InvoiceMonth >= fromKey && l.InvoiceMonth < toKey)
            .GroupBy(l => new { l.InvoiceMonth, l.RevenueCurrency })
            .Select(g => new
            {
                Year = g.Key.InvoiceMonth / 100,
                Month = g.Key.InvoiceMonth % 100,
                Currency = g.Key.RevenueCurrency,
                Lines = g.Count(),
                Units = g.Sum(l => l.Units),
                Revenue = g.Sum(l => l.RevenueAmount),
            })
            .OrderBy(m => m.Year).ThenBy(m => m.Month)
            .ToListAsync(cancellationToken);

        // Issue 24: the latest lines are those dated up to today; an invoice dated tomorrow is not among them yet.
        var recent = await db.InvoiceLines.AsNoTracking()
            .Where(l => l.PartnerId == partnerId && l.InvoiceDate <= today)
            .OrderByDescending(l => l.InvoiceDate).ThenBy(l => l.InvoiceNumber).ThenBy(l => l.LineNumber)
            .Take(RecentLineCount)
            .Select(l => new { l.InvoiceDate, l.InvoiceNumber, l.LineNumber, l.OmlpType, l.Units, l.KpiValue, Amount = l.RevenueAmount, Currency = l.RevenueCurrency })
            .ToListAsync(cancellationToken);

        var userCount = await db.PartnerUsers.CountAsync(u => u.PartnerOrganisationId == partner.OrganisationId, cancellationToken);
        var standing = (await standings.EvaluateAsync(record, [today], cancellationToken))[today];
        var atAnniversaries = await standings.EvaluateAsync(record,
            standing.Options.Select(o => o.Status).Where(s => s is { IsHeld: true, Anniversary: not null }).Select(s => s!.Anniversary!.Effective),
            cancellationToken, recordedThrough: today);
        // R-MCT-1: what each pending claim would meet, worked out once per anniversary date, however many options renew on it.
        var pendingAtAnniversaries = atAnniversaries.ToDictionary(a => a.Key, a => a.Value.PendingClaims());
        var payments = await PaymentsAsync(partner, today, cancellationToken);
        var options = standing.Options.Where(o => o.Status is not null || o.RuleSetMissing)
            .Select(o => new OptionOverview(o, Forecast(o, atAnniversaries, pendingAtAnniversaries),
                payments.TryGetValue(o.EnrollmentId, out var payment) ? payment : null))
            .ToList();

        return new PartnerOverview(
            partner,
            today,
            windowFrom,
            windowTo.AddDays(-1),
            userCount,
            trainers.Select(t => new TrainerRow(t.Name, t.MctId, t.ValidUntil, t.IsValidOn(today), t.Review.Status, t.Review.RejectionReason)).ToList(),
            exams,
            months.Select(m => new MonthlyPurchasesRow(m.Year, m.Month, m.Lines, m.Units, new Money(m.Revenue, m.Currency))).ToList(),
            recent.Select(l => new InvoiceLineRow(l.InvoiceDate, l.InvoiceNumber, l.LineNumber, l.OmlpType, l.Units, l.KpiValue,
                new Money(l.Amount, l.Currency))).ToList(),
            options,
            standing.RuleSet,
            await reminders.NoticesAsync(partner.OrganisationId, 6, cancellationToken),
            // R-MCT-2: derived from today's date when read, whether or not the reminder run has sent its email.
            TrainerLapseWarnings.Of(standing, atAnniversaries, reminderOptions.Value.TrainerLapseLead));
    }

    /// <summary>
    /// R-FEE-2: per enrollment with an order open today (pending, not expired), where its payment stands: a live proof awaits
    /// support's decision; otherwise a rejected proof means a new one can be uploaded; otherwise none was uploaded yet.
    /// </summary>
    private async Task<Dictionary<int, OptionPayment>> PaymentsAsync(PartnerContext partner, DateOnly today, CancellationToken cancellationToken)
    {
        var open = await db.Orders.AsNoTracking()
            .Where(o => o.PartnerOrganisationId == partner.OrganisationId && o.Status == OrderStatus.PendingPayment && today < o.ExpiresOn)
            .Select(o => new
            {
                o.EnrollmentId,
                Live = db.Payments.Any(p => p.OrderId == o.Id && p.OpenOrderId != null && p.DecidedBy == null),
                Rejected = db.Payments.Any(p => p.OrderId == o.Id && p.RejectionReason != null),
            })
            .ToListAsync(cancellationToken);
        return open.GroupBy(o => o.EnrollmentId).ToDictionary(g => g.Key, g =>
            g.Any(o => o.Live) ? OptionPayment.AwaitingConfirmation
            : g.Any(o => o.Rejected) ? OptionPayment.ProofRejected
            : OptionPayment.AwaitingProof);
    }

    /// <summary>R-RNW-1: evaluated with the AD as evaluation date, on what is recorded today.</summary>
    private static RenewalForecast? Forecast(OptionRow option, IReadOnlyDictionary<DateOnly, PartnerStanding> atAnniversaries,
        IReadOnlyDictionary<DateOnly, IReadOnlyList<PendingClaim>> pendingAtAnniversaries)
    {
        if (option.Status is not { IsHeld: true, Anniversary: { } anniversary })
        {
            return null;
        }

        var atAnniversary = atAnniversaries[anniversary.Effective];
        var window = KpiWindows.EligibilityWindow(anniversary.Effective);
        if (atAnniversary.Eligibility is not { } eligibility)
        {
            return new RenewalForecast(anniversary.Effective, window, null, [], RuleSetMissing: true, WouldMeetIfVerified: []);
        }

        var missing = eligibility.Option(option.Level, option.CompetencyCode)?.Missing.ToList() ?? [];
        return new RenewalForecast(anniversary.Effective, window,
            RenewalRules.LevelAtRenewal(eligibility, option.Level, option.CompetencyCode), missing, RuleSetMissing: false,
            [.. pendingAtAnniversaries[anniversary.Effective].Where(c => c.Meets(option.Level, option.CompetencyCode))]);
    }
}
