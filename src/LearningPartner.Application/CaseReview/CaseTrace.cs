using LearningPartner.Application.Common;
using LearningPartner.Application.DiscrepancyCases;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Application.CaseReview;

/// <summary>A case in support's queue, with its age against the target.</summary>
public sealed record CaseQueueItem(CaseRow Case, TimeSpan Age, bool OverTarget);

/// <summary>Support's queue as filtered, oldest first, with the staff members cases are assigned to.</summary>
public sealed record CaseQueue(CaseQueueFilter Filter, IReadOnlyList<CaseQueueItem> Cases, IReadOnlyList<string> Assignees, TimeSpan Target,
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
public sealed record CaseTrace(
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
    IReadOnlyList<CaseAuditRow> Audit)
{
    public IEnumerable<TracedRecord> Current => Records.Where(r => r.IsCurrent);
}

/// <summary>
/// What a correction form is about (R-DSC-2): the case, the KPI record it supersedes (null: a missing record is added), and the
/// line number a missing record would take — the next after the invoice's recorded lines.
/// </summary>
public sealed record CorrectionTarget(CaseView Case, TracedRecord? Record, int NextLineNumber, IReadOnlyList<OmlpChoice> OmlpTypes);

/// <summary>
/// Support's correction (R-DSC-2): the current record <paramref name="LineId"/> superseded by these values, or — without one —
/// the missing record added with its invoice and line number; a reason always, which the partner reads.
/// </summary>
public sealed record Correction(long? LineId, string? InvoiceNumber, int? LineNumber, DateOnly InvoiceDate, string OmlpType, int Units, Money Revenue,
    string Reason);
