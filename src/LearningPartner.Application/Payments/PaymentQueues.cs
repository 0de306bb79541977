using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Payments;

/// <summary>Support staff's queues (R-ROLE-2): payments to confirm, marketplace profiles to set up, orders about to expire.</summary>
public sealed record PaymentQueues(
    DateOnly Today,
    IReadOnlyList<PaymentToConfirm> Payments,
    IReadOnlyList<ProfileToSetUp> Profiles,
    IReadOnlyList<OrderAboutToExpire> ExpiringOrders);

/// <summary>
/// A proof awaiting support: its age in days since upload, the order's price, and what the partner declared (null: not stated)
/// with how it compares with the price (R-FEE-3).
/// </summary>
public sealed record PaymentToConfirm(int PaymentId, Guid Version, string PartnerId, string PartnerName, int OrderId, LearningLevel Level,
    string? CompetencyCode, Money Price, string PaymentReference, string ProofFileName, DateTimeOffset UploadedAt, int AgeInDays,
    DateOnly ExpiresOn, DeclaredPayment? Declared, PaymentMismatch? DeclaredMismatch);

public sealed record ProfileToSetUp(int EnrollmentId, string PartnerId, string PartnerName, DateOnly ActivationDate);

public sealed record OrderAboutToExpire(int OrderId, string PartnerId, string PartnerName, LearningLevel Level, string? CompetencyCode,
    Money Price, string PaymentReference, DateOnly ExpiresOn);
