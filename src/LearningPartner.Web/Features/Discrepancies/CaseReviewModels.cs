using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>A case in support's queue, with its age against the target.</summary>
public sealed record CaseQueueItem(CaseRow Case, TimeSpan Age, bool OverTarget);

public sealed record CaseQueueViewModel(CaseQueueFilter Filter, IReadOnlyList<CaseQueueItem> Cases, IReadOnlyList<string> Assignees, TimeSpan Target,
    string Me, int Shown);

/// <summary>A stored KPI record of the claimed invoice, current or superseded, compared with the claim field by field.</summary>
public sealed record TracedRecord(long Id, string InvoiceNumber, int LineNumber, DateOnly InvoiceDate, string OmlpType, int Units, decimal? KpiValue,
    string? KpiCategory, Money Revenue, string Source, DateTimeOffset RecordedAt, DateTimeOffset? SupersededAt, long? SupersedesId,
    ClaimComparison Comparison)
{
    public bool IsCurrent => SupersededAt is null;

    public static TracedRecord Of(InvoiceLine line, DiscrepancyClaim claim) =>
        new(line.Id, line.InvoiceNumber, line.LineNumber, line.InvoiceDate, line.OmlpType, line.Units, line.KpiValue, line.KpiCategory, line.Revenue,
            line.Source, line.RecordedAt, line.SupersededAt, line.SupersedesId, claim.CompareWith(line));
}

/// <summary>A partner-held submission of the claimed invoice (issue 7): not a KPI record unless verified.</summary>
public sealed record TracedHeldInvoice(int Id, int LineNumber, DateOnly InvoiceDate, string OmlpType, int Units, Money Revenue, HeldInvoiceStatus Status,
    string? RefusalReason);

/// <summary>An audit entry of the case or of its KPI records: who, when, what, before → after, why (R-DSC-2).</summary>
public sealed record CaseAuditRow(DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId,
    IReadOnlyList<KeyValuePair<string, string>> Before, IReadOnlyList<KeyValuePair<string, string>> After, string? Reason);

/// <summary>The case page for support: the claim traced against what is stored, the KPI windows, the actions and the audit trail.</summary>
public sealed record CaseTraceViewModel(
    CaseView Case,
    IReadOnlyList<TracedRecord> Records,
    IReadOnlyList<TracedHeldInvoice> HeldInvoices,
    decimal? ClaimKpiUnderRules,
    string ClaimProgramYear,
    InvoiceMonthReach Reach,
    DateOnly Today,
    TimeSpan Age,
    TimeSpan Target,
    bool OverTarget,
    bool AssignedToMe,
    IReadOnlyList<CaseAuditRow> Audit,
    string? Question,
    string? Reason)
{
    public IEnumerable<TracedRecord> Current => Records.Where(r => r.IsCurrent);
}

/// <summary>Support's correction (R-DSC-2): a record superseded by the values given, or a missing record added; a reason always.</summary>
public sealed class CorrectionInput : IInvoiceLineFields
{
    /// <summary>The current KPI record to supersede; null to add a missing one.</summary>
    public long? LineId { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? LineNumber { get; set; }

    public string? InvoiceDate { get; set; }

    public string? OmlpType { get; set; }

    public string? Units { get; set; }

    public string? Revenue { get; set; }

    public string? Currency { get; set; }

    /// <summary>Why: recorded in the audit trail and shown to the partner as the case's reply.</summary>
    public string? Reason { get; set; }
}

public sealed record CorrectionViewModel(CaseView Case, TracedRecord? Record, IReadOnlyList<OmlpChoice> OmlpTypes, CorrectionInput Input);
