using LearningPartner.Application.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Enrollments;

/// <summary>One option's page: its offer today, a fresh key for its order form (R-FEE-1), and the best option that is met.</summary>
/// <param name="RequestKey">Made when the form is shown: a double click, a refresh or a replay carries it and makes the same order.</param>
/// <param name="HighestOffer">R-GLD-2: the highest option of the competency the partner meets (gold → silver → LAP).</param>
/// <param name="RegistrationAllowsOrders">R-ORG-1: false while the organisation is pending verification, rejected, or must accept the agreement.</param>
public sealed record OptionOffer(PartnerContext Partner, DateOnly Today, ProgramRuleSet RuleSet, Offer Offer, Guid RequestKey,
    LearningLevel? HighestOffer, bool RegistrationAllowsOrders)
{
    /// <summary>Whether the order form is enabled: the option can be ordered and the registration allows orders.</summary>
    public bool CanOrder => Offer.CanOrder && RegistrationAllowsOrders;

    /// <summary>Offer the highest option that is met when this one is not (R-GLD-2).</summary>
    public LearningLevel? BetterOffer => !Offer.Evaluation.IsMet && HighestOffer is { } best && best != Offer.Level ? best : null;
}
