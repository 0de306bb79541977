using LearningPartner.Infrastructure.Auditing;

namespace LearningPartner.Application.Audit;

/// <summary>One entry of the audit trail as staff read it.</summary>
public sealed record AuditRow(long Id, long? Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId,
    int? PartnerOrganisationId, string? Before, string? After, string? Reason, string? Hash);

/// <summary>The latest entries of the audit trail, the chain's head, and a verification of the chain when one was asked for.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Entries, long HeadSequence, AuditChainReport? Report);
