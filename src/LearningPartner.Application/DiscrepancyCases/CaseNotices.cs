using System.Globalization;
using LearningPartner.Domain.Discrepancies;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>
/// What the partner is told when support changes a case's state: the portal notice and the email, stored as written (English,
/// like the reminders; issue 24 renders notices from their facts in the reader's language).
/// </summary>
internal static class CaseNotices
{
    public static (string Subject, string Body) For(DiscrepancyCase c, string? message = null)
    {
        var what = string.Create(CultureInfo.InvariantCulture, $"your KPI discrepancy case {c.Id} (invoice {c.InvoiceNumber}, {c.Year:0000}-{c.Month:00})");
        return c.Status switch
        {
            DiscrepancyStatus.InReview => ($"Case {c.Id}: in review", $"Support staff are tracing {what}."),
            DiscrepancyStatus.WaitingForPartner => ($"Case {c.Id}: more information needed",
                $"Support staff need more information about {what}:\n\n{message}\n\nAnswer on the case's page in the Learning Partner Portal."),
            DiscrepancyStatus.Corrected => ($"Case {c.Id}: corrected",
                string.Create(CultureInfo.InvariantCulture, $"Support staff corrected {what}: {c.Resolution}\n\nKPI change: {c.KpiChange:+0.####;-0.####;0}. Your KPI dashboard and eligibility already count it.")),
            DiscrepancyStatus.Rejected => ($"Case {c.Id}: rejected", $"Support staff rejected {what}: {c.Resolution}"),
            _ => ($"Case {c.Id}: submitted", $"We received {what}."),
        };
    }
}
