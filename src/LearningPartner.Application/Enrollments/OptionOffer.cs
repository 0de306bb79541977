using LearningPartner.Application.Common;
using LearningPartner.Application.Registration;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Enrollments;

/// <summary>One option's page: its offer today, a fresh key for its order form (R-FEE-1), and the best option that is met.</summary>
/// <param name="RequestKey">Made when the form is shown: a double click, a refresh or a replay carries it and makes the same order.</param>
/// <param name="HighestOffer">R-GLD-2: the highest option of the competency the partner meets (gold → silver → LAP).</param>
/// <param name="Registration">R-ORG-1: the organisation's registration; no orders while pending, rejected, or a new agreement is unaccepted.</param>
public sealed record OptionOffer(PartnerContext Partner, DateOnly Today, ProgramRuleSet RuleSet, Offer Offer, Guid RequestKey,
    LearningLevel? HighestOffer, RegistrationStatus Registration)
{
    /// <summary>Whether the order form is enabled: the option can be ordered and the registration allows orders.</summary>
    public bool CanOrder => Offer.CanOrder && Registration.OrderingRefusal is null;

    /// <summary>Offer the highest option that is met when this one is not (R-GLD-2).</summary>
    public LearningLevel? BetterOffer => !Offer.Evaluation.IsMet && HighestOffer is { } best && best != Offer.Level ? best : null;
}
