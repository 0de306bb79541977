using System.Globalization;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>R-DSC-2: a KPI discrepancy case's new state in words, with support's question or reason as written.</summary>
internal static class CaseNoticeWords
{
    public static NoticeText Of(IStringLocalizer localizer, CaseNoticeFacts facts)
    {
        var (id, invoice, month) = (facts.CaseId, facts.InvoiceNumber, Display.Month(facts.Year, facts.Month));
        string[] casePage = One(localizer["See the case in the Learning Partner Portal:"]);
        return facts.Status switch
        {
            DiscrepancyStatus.InReview => new(localizer["Case {0}: in review", id],
            [
                One(localizer["Support staff are tracing your KPI discrepancy case {0} (invoice {1}, {2}).", id, invoice, month]),
                casePage,
            ]),
            DiscrepancyStatus.WaitingForPartner => new(localizer["Case {0}: more information needed", id],
            [
                One(localizer["Support staff need more information about your KPI discrepancy case {0} (invoice {1}, {2}):", id, invoice, month]),
                Written(facts.Question),
                One(localizer["Answer on the case's page in the Learning Partner Portal:"]),
            ]),
            DiscrepancyStatus.Corrected => new(localizer["Case {0}: corrected", id],
            [
                One(localizer["Support staff corrected your KPI discrepancy case {0} (invoice {1}, {2}). Their reason:", id, invoice, month]),
                Written(facts.Resolution),
                One(localizer["KPI change: {0}. Your KPI dashboard and eligibility already count it.", Change(facts.KpiChange ?? 0m)]),
                casePage,
            ]),
            DiscrepancyStatus.Rejected => new(localizer["Case {0}: rejected", id],
            [
                One(localizer["Support staff rejected your KPI discrepancy case {0} (invoice {1}, {2}). Their reason:", id, invoice, month]),
                Written(facts.Resolution),
                casePage,
            ]),
            _ => new(localizer["Case {0}: submitted", id],
            [
                One(localizer["We received your KPI discrepancy case {0} (invoice {1}, {2}).", id, invoice, month]),
                casePage,
            ]),
        };
    }

    /// <summary>A KPI change with its sign: "+4", "-2.5", "0".</summary>
    private static string Change(decimal change) => change.ToString("+#,0.####;-#,0.####;0", CultureInfo.CurrentCulture);
}
