using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// R-MCT-1: a trainer or exam claim awaiting verification — counted for nothing — with the options whose requirements verifying
/// it would meet on the date (<see cref="ClaimImpact"/>: the real rules re-run with the claim as if verified).
/// </summary>
public sealed record PendingClaim(IClaimedFact Fact, IReadOnlyList<MetOption> WouldMeet)
{
    /// <summary>Every claim of the partner's facts awaiting verification, trainers first, each with what it would change on the date.</summary>
    public static IReadOnlyList<PendingClaim> Of(ProgramRuleSet ruleSet, DateOnly date, PartnerFacts facts) =>
    [
        .. facts.Trainers.Where(t => t.Review.Status == FactStatus.AwaitingVerification && t.RetiredOn is null)
            .OrderBy(t => t.Review.ClaimedAt).ThenBy(t => t.Id)
            .Select(t => new PendingClaim(t, ClaimImpact.OfVerifying(ruleSet, date, facts, t))),
        .. facts.ExamPasses.Where(e => e.Review.Status == FactStatus.AwaitingVerification)
            .OrderBy(e => e.Review.ClaimedAt).ThenBy(e => e.Id)
            .Select(e => new PendingClaim(e, ClaimImpact.OfVerifying(ruleSet, date, facts, e))),
    ];

    /// <summary>Whether verifying the claim meets the option's requirements on the date.</summary>
    public bool Meets(LearningLevel level, string? competencyCode) =>
        WouldMeet.Any(m => m.Level == level && m.CompetencyCode == competencyCode);
}
