using LearningPartner.Domain.Discrepancies;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-DSC-2: a KPI discrepancy case's new state as the partner is told it: the case, its invoice and month, support's question
/// or resolution as written, and a correction's KPI change.
/// </summary>
public sealed record CaseNoticeFacts(int CaseId, string InvoiceNumber, int Year, int Month, DiscrepancyStatus Status)
{
    /// <summary>Waiting for the partner: support's question, as written.</summary>
    public string? Question { get; init; }

    /// <summary>Corrected or rejected: support's reason, as written.</summary>
    public string? Resolution { get; init; }

    /// <summary>Corrected: the change of the partner's KPI value.</summary>
    public decimal? KpiChange { get; init; }

    public static CaseNoticeFacts Of(DiscrepancyCase c, string? question = null) =>
        new(c.Id, c.InvoiceNumber, c.Year, c.Month, c.Status) { Question = question, Resolution = c.Resolution, KpiChange = c.KpiChange };

    public string ToJson() => NoticeJson.Serialize(this);

    public static CaseNoticeFacts FromJson(string json) => NoticeJson.Deserialize<CaseNoticeFacts>(json);
}
