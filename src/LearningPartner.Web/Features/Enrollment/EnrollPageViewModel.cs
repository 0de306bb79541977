using LearningPartner.Domain.Programs;
using LearningPartner.Web.Features.Requirements;

namespace LearningPartner.Web.Features.Enrollment;

public sealed record EnrollPageViewModel(
    string PartnerId,
    string PartnerName,
    DateOnly Today,
    string? ProgramYear,
    string? Refusal,
    IReadOnlyList<OptionRow> Options,
    IReadOnlyList<OfferModel> Offers);

/// <param name="HighestOffer">R-GLD-2: the highest option of the competency the partner meets (gold → silver → LAP).</param>
public sealed record OptionPageViewModel(string PartnerId, string PartnerName, DateOnly Today, ProgramRuleSet RuleSet, OfferModel Offer,
    Guid RequestKey, LearningLevel? HighestOffer)
{
    /// <summary>Offer the highest option that is met when this one is not (R-GLD-2).</summary>
    public LearningLevel? BetterOffer => !Offer.Evaluation.IsMet && HighestOffer is { } best && best != Offer.Level ? best : null;

    public string BetterOfferPath => BetterOffer == LearningLevel.LearningActionPack
        ? "lap"
        : $"{BetterOffer.ToString()!.ToLowerInvariant()}/{Offer.CompetencyCode}";
}
