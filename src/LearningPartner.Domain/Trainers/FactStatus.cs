namespace LearningPartner.Domain.Trainers;

/// <summary>R-MCT-1: where a trainer or exam fact stands; only a verified one counts toward requirements.</summary>
public enum FactStatus
{
    AwaitingVerification,
    Verified,
    Rejected,
}
