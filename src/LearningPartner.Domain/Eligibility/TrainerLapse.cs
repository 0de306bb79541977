using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// R-MCT-2: an MCT's membership is yearly, so a partner is warned, a lead time before a trainer's membership ends, when an option it
/// holds needs that trainer at its next anniversary date. Derived from dates when read; no state depends on a job having run.
/// </summary>
/// <remarks>
/// Decided as follows (R-MCT-2, R-CMP-1, R-RNW-1):
/// <list type="bullet">
/// <item>The trainer lapses on <see cref="Trainer.LapsesOn"/> (<see cref="Trainer.ValidUntil"/> + 1, the first day it no longer
/// counts). The warning is due from <c>LapsesOn - leadDays</c> up to and including <c>ValidUntil</c>; from the lapse on, the trainer
/// shows as expired and the renewal forecast shows what is missing.</item>
/// <item>"Needed" comes from re-running the real rules, never from a shortcut: each held option's renewal is evaluated on its
/// anniversary date, as renewal evaluates it (R-RNW-1), once on the facts as recorded (the membership ends, so the trainer does not
/// count on that date) and once with the trainer's membership assumed renewed through that date
/// (<see cref="Trainer.AssumedValidOn"/>). The trainer is needed by the option when one of its requirements is not met as recorded
/// and counting the trainer raises what is found (the MCT count).</item>
/// <item>"Lacks N" is that requirement's shortfall as recorded. Other trainers whose memberships end before the anniversary lapse
/// too in the recorded facts: when two needed trainers both lapse, each warning names the whole shortfall, and each is warned about
/// even when renewing it alone would not be enough.</item>
/// <item>So nothing is said when the membership still runs on the anniversary date, when other MCTs make up for the trainer, or
/// when the trainer would not count anyway: a claim awaiting verification or rejected (R-MCT-1), or an affiliation that ends
/// before the anniversary.</item>
/// </list>
/// </remarks>
public static class TrainerLapse
{
    public static IReadOnlyList<TrainerLapseWarning> DueOn(DateOnly today, int leadDays, IReadOnlyList<UpcomingRenewal> renewals)
    {
        var ending = renewals.SelectMany(r => r.Facts.Trainers)
            .Distinct(ReferenceEqualityComparer.Instance).Cast<Trainer>()
            .Where(t => t.LapsesOn.AddDays(-leadDays) <= today && today < t.LapsesOn)
            .ToList();
        if (ending.Count == 0)
        {
            return [];
        }

        var ahead = renewals.Where(r => r.Anniversary > today)
            .Select(r => (Renewal: r, AsRecorded: EligibilityEvaluator.Evaluate(r.RuleSet, r.Anniversary, r.Facts)))
            .ToList();
        return ending
            .Select(trainer => Warning(trainer, [.. ahead.SelectMany(a => Shortfalls(a.Renewal, a.AsRecorded, trainer))]))
            .Where(w => w.Options.Count > 0)
            .OrderBy(w => w.ValidUntil).ThenBy(w => w.TrainerName, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<LapseShortfall> Shortfalls(UpcomingRenewal renewal, EligibilityResult asRecorded, Trainer trainer)
    {
        if (!renewal.Facts.Trainers.Contains(trainer))
        {
            yield break;
        }

        var renewed = EligibilityEvaluator.Evaluate(renewal.RuleSet, renewal.Anniversary, renewal.Facts with
        {
            Trainers = [.. renewal.Facts.Trainers.Where(t => !ReferenceEquals(t, trainer)), trainer.AssumedValidOn(renewal.Anniversary)],
        });
        var (level, competency) = (renewal.Option.Level, renewal.Option.CompetencyCode);
        if (asRecorded.Option(level, competency) is not { } without || renewed.Option(level, competency) is not { } with)
        {
            yield break;
        }

        var name = competency is null ? null : asRecorded.Competency(competency)?.Name;
        foreach (var check in without.Checks.Where(c => !c.IsMet))
        {
            if (with.Checks.Any(c => c.Kind == check.Kind && c.Subject == check.Subject && c.Actual > check.Actual))
            {
                yield return new LapseShortfall(level, competency, name, renewal.Anniversary, check);
            }
        }
    }

    private static TrainerLapseWarning Warning(Trainer trainer, IReadOnlyList<LapseShortfall> options) =>
        new(trainer.Id, trainer.Name, trainer.MctId, trainer.ValidUntil, options);
}

/// <summary>A held option's next renewal: its anniversary date, that date's rule set, and the facts as of that date (R-RNW-1).</summary>
public sealed record UpcomingRenewal(HeldOption Option, DateOnly Anniversary, ProgramRuleSet RuleSet, PartnerFacts Facts);

/// <summary>R-MCT-2: a trainer whose membership ends soon, with the held options that would then lack MCTs at their anniversary.</summary>
public sealed record TrainerLapseWarning(int TrainerId, string TrainerName, string MctId, DateOnly ValidUntil, IReadOnlyList<LapseShortfall> Options)
{
    /// <summary>The first day the trainer no longer counts, unless the membership is renewed.</summary>
    public DateOnly LapsesOn => ValidUntil.AddDays(1);
}

/// <summary>A requirement of a held option not met at its anniversary date once the trainer lapses; <see cref="Lacks"/> is how many.</summary>
public sealed record LapseShortfall(LearningLevel Level, string? CompetencyCode, string? CompetencyName, DateOnly Anniversary,
    RequirementCheck CheckWithout)
{
    public decimal Lacks => CheckWithout.Shortfall;
}
