using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>The recorded events of one option: its activation, its stored anniversary date and its orders.</summary>
public sealed record OptionFacts(
    LearningLevel Level,
    string? CompetencyCode,
    DateOnly? ActivationDate,
    DateOnly? AnniversaryDate,
    DateOnly? MarketplaceProfileCompletedOn,
    IReadOnlyList<OrderFact> Orders,
    DateOnly? EndedOn = null);
