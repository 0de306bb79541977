using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Payments;

/// <summary>Support staff's queues (R-ROLE-2): payments to confirm, marketplace profiles to set up, orders about to expire.</summary>
public sealed record PaymentQueues(
    DateOnly Today,
    IReadOnlyList<PaymentToConfirm> Payments,
    IReadOnlyList<ProfileToSetUp> Profiles,
    IReadOnlyList<OrderAboutToExpire> ExpiringOrders);

public sealed record PaymentToConfirm(int PaymentId, Guid Version, string PartnerId, string PartnerName, int OrderId, LearningLevel Level,
    string? CompetencyCode, Money Price, string PaymentReference, string ProofFileName, DateTimeOffset UploadedAt, DateOnly ExpiresOn);

public sealed record ProfileToSetUp(int EnrollmentId, string PartnerId, string PartnerName, DateOnly ActivationDate);

public sealed record OrderAboutToExpire(int OrderId, string PartnerId, string PartnerName, LearningLevel Level, string? CompetencyCode,
    Money Price, string PaymentReference, DateOnly ExpiresOn);
