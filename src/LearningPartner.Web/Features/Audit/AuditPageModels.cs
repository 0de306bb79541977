using LearningPartner.Infrastructure.Auditing;

namespace LearningPartner.Web.Features.Audit;

/// <summary>One entry of the audit trail as staff read it.</summary>
public sealed record AuditRow(long Id, long? Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId,
    int? PartnerOrganisationId, string? Before, string? After, string? Reason, string? Hash);

public sealed record AuditPageViewModel(IReadOnlyList<AuditRow> Entries, long HeadSequence, AuditChainReport? Report);
