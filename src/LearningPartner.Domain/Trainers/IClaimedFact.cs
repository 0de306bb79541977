using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Trainers;

/// <summary>R-MCT-1: a trainer or exam fact as a partner claims it and staff decide on it.</summary>
public interface IClaimedFact : IVersioned
{
    int Id { get; }

    int PartnerOrganisationId { get; }

    FactReview Review { get; }

    void Verify(DateTimeOffset at, string by, string note);

    void Reject(DateTimeOffset at, string by, string reason);
}
