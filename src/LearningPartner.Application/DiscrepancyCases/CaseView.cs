using LearningPartner.Application.Common;
using LearningPartner.Domain.Discrepancies;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>A message of a case's conversation, as both sides see it.</summary>
public sealed record CaseMessageView(long Id, bool FromPartner, string Author, string Text, string? DocumentFileName, DateTimeOffset At);

/// <summary>One case as both sides see it: the claim, its conversation and its outcome.</summary>
public sealed record CaseView(int Id, string PartnerId, string PartnerName, DiscrepancyClaim Claim, string? Description, string? EvidenceFileName,
    string SubmittedBy, DateTimeOffset SubmittedAt, DiscrepancyStatus Status, DateTimeOffset LastChangedAt, string? AssignedTo, string? ResolvedBy,
    DateTimeOffset? ResolvedAt, string? Resolution, decimal? KpiChange, IReadOnlyList<CaseMessageView> Messages, Guid Version)
{
    public bool IsOpen => Status is DiscrepancyStatus.Submitted or DiscrepancyStatus.InReview or DiscrepancyStatus.WaitingForPartner;

    public static CaseView Of(DiscrepancyCase c, string partnerId, string partnerName) =>
        new(c.Id, partnerId, partnerName, c.Claim, c.Description, c.EvidenceFileName, c.SubmittedBy, c.SubmittedAt, c.Status, c.LastChangedAt,
            c.AssignedTo, c.ResolvedBy, c.ResolvedAt, c.Resolution, c.KpiChange,
            c.Messages.OrderBy(m => m.At).ThenBy(m => m.Id)
                .Select(m => new CaseMessageView(m.Id, m.FromPartner, m.Author, m.Text, m.DocumentFileName, m.At)).ToList(),
            c.Version);
}

/// <summary>A partner's cases, newest first.</summary>
public sealed record PartnerCases(PartnerContext Partner, IReadOnlyList<CaseRow> Cases);
