using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>A case in a list: the partner's own list and support's queue.</summary>
public sealed record CaseRow(int Id, string PartnerId, string PartnerName, int Month, int Year, string OmlpType, int UnitsPurchased,
    string InvoiceNumber, decimal KpiValue, Money RevenueValue, DiscrepancyStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset LastChangedAt,
    string? AssignedTo, DateTimeOffset? ResolvedAt, string? Resolution, decimal? KpiChange);

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

public sealed record CaseListViewModel(string PartnerId, string PartnerName, IReadOnlyList<CaseRow> Cases);

public sealed record CaseFormViewModel(string PartnerId, string PartnerName, IReadOnlyList<OmlpChoice> OmlpTypes, CaseInput Case);

public sealed record CaseDetailsViewModel(CaseView Case, CaseMessageInput Reply);
