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

public sealed record OptionPageViewModel(string PartnerId, string PartnerName, DateOnly Today, ProgramRuleSet RuleSet, OfferModel Offer, Guid RequestKey);
