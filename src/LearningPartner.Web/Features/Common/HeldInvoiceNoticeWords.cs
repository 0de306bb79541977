using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>Support staff's decision on an invoice line the partner submitted with its document, in words.</summary>
internal static class HeldInvoiceNoticeWords
{
    /// <param name="localizer">The reader's language.</param>
    /// <param name="facts">The decision.</param>
    /// <param name="categoryName">The KPI category by its name in the reader's language (ADR-019).</param>
    public static NoticeText Verified(IStringLocalizer localizer, HeldInvoiceDecisionFacts facts, string categoryName) =>
        new(localizer["Invoice {0}, line {1} is verified: it counts toward your KPIs", facts.InvoiceNumber, facts.LineNumber],
        [
            One(localizer["Support staff verified invoice {0}, line {1} of {2} on {3}: it counts {4} KPI ({5}).", facts.InvoiceNumber,
                facts.LineNumber, Display.Date(facts.InvoiceDate), Display.Date(facts.DecidedOn), Display.Number(facts.Kpi ?? 0m), categoryName]),
            One(localizer["See your held invoices in the Learning Partner Portal:"]),
        ]);

    public static NoticeText Refused(IStringLocalizer localizer, HeldInvoiceDecisionFacts facts) =>
        new(localizer["Invoice {0}, line {1} was refused", facts.InvoiceNumber, facts.LineNumber],
        [
            One(localizer["Support staff refused invoice {0}, line {1} of {2} on {3}. Their reason:", facts.InvoiceNumber, facts.LineNumber,
                Display.Date(facts.InvoiceDate), Display.Date(facts.DecidedOn)]),
            Written(facts.Reason),
            One(localizer["See your held invoices in the Learning Partner Portal:"]),
        ]);
}
