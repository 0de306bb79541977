namespace LearningPartner.Domain.Notifications;

/// <summary>
/// Support staff's decision on an invoice line a partner submitted with its document (R-KPI-1): the line, the day decided, and
/// either the KPI it now counts with its category's code (R-KPI-2, named in the reader's language when worded) or the reason
/// of a refusal as written.
/// </summary>
public sealed record HeldInvoiceDecisionFacts(string InvoiceNumber, int LineNumber, DateOnly InvoiceDate, DateOnly DecidedOn,
    decimal? Kpi, string? KpiCategoryCode, string? Reason)
{
    public string ToJson() => NoticeJson.Serialize(this);

    public static HeldInvoiceDecisionFacts FromJson(string json) => NoticeJson.Deserialize<HeldInvoiceDecisionFacts>(json);
}
