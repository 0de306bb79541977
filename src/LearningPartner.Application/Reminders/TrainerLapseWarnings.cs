using LearningPartner.Application.Standing;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;

namespace LearningPartner.Application.Reminders;

/// <summary>
/// R-MCT-2: the trainer lapse warnings due on a standing's date, as the overview shows them and the reminder run sends them —
/// each held option's next renewal evaluated on its anniversary date (R-RNW-1) by <see cref="TrainerLapse"/>.
/// </summary>
public static class TrainerLapseWarnings
{
    /// <summary>The dates to evaluate the partner on: each held option's next anniversary date.</summary>
    public static IEnumerable<DateOnly> Anniversaries(PartnerStanding today) =>
        Upcoming(today).Select(o => o.Status!.Anniversary!.Effective).Distinct();

    /// <summary>The warnings due on <paramref name="today"/>'s date, given the standings on <see cref="Anniversaries"/>.</summary>
    public static IReadOnlyList<TrainerLapseWarning> Of(PartnerStanding today, IReadOnlyDictionary<DateOnly, PartnerStanding> atAnniversaries,
        int leadDays)
    {
        var renewals = Upcoming(today)
            .Select(o => (Option: new HeldOption(o.Level, o.CompetencyCode), At: atAnniversaries[o.Status!.Anniversary!.Effective]))
            // R-PRG-1: without a rule set for the anniversary date there is no evaluation to warn from.
            .Where(r => r.At is { RuleSet: not null, Facts: not null })
            .Select(r => new UpcomingRenewal(r.Option, r.At.Date, r.At.RuleSet!, r.At.Facts!))
            .ToList();
        return TrainerLapse.DueOn(today.Date, leadDays, renewals);
    }

    /// <summary>Held options whose anniversary date is still ahead (an option in grace is renewing on a date already reached).</summary>
    private static IEnumerable<OptionRow> Upcoming(PartnerStanding today) =>
        today.Options.Where(o => o.Status is { IsHeld: true, Anniversary: { } anniversary } && anniversary.Effective > today.Date);
}
