namespace LearningPartner.Domain.Kpis;

/// <summary>Where a partner-held invoice is: awaiting support staff, verified (its line counts), or refused.</summary>
public enum HeldInvoiceStatus
{
    Submitted = 0,
    Verified = 1,
    Refused = 2,
}
