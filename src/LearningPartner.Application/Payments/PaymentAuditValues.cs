using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Payments;

/// <summary>
/// A payment's decision, as the audit trail records it before → after: at confirmation, what was received and how it compares
/// with the price (R-FEE-3); an override's reason is the entry's "why".
/// </summary>
internal sealed record PaymentValues(string? Status, DateOnly? ConfirmedOn = null, string? PaymentReference = null, string? Price = null,
    string? Received = null, DateOnly? ValueDate = null, string? BankReference = null, string? Mismatch = null);

/// <summary>An option as activated (R-DATE-3).</summary>
internal sealed record EnrollmentValues(LearningLevel Level, string? CompetencyCode, DateOnly? ActivationDate, DateOnly? AnniversaryDate)
{
    public static EnrollmentValues Of(Enrollment e) => new(e.Level, e.CompetencyCode, e.ActivationDate, e.AnniversaryDate);
}

/// <summary>An option ended by its gold upgrade (R-GLD-3).</summary>
internal sealed record EndedValues(DateOnly? EndedOn, string? EndReason);

/// <summary>The marketplace profile's request and completion (R-LAP-2/3).</summary>
internal sealed record MarketplaceValues(DateOnly? Requested = null, DateOnly? Completed = null);

/// <summary>An option's level and AD before → after a renewal (R-DATE-3, R-GLD-2).</summary>
internal sealed record RenewalValues(LearningLevel Level, DateOnly? AnniversaryDate);
