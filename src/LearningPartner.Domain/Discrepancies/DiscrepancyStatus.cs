namespace LearningPartner.Domain.Discrepancies;

public enum DiscrepancyStatus
{
    Submitted = 1,
    InReview = 2,
    WaitingForPartner = 3,
    Corrected = 4,
    Rejected = 5,
}
