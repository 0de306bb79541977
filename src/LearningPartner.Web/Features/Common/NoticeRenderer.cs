using System.Globalization;
using LearningPartner.Application.Orders;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Features.Orders;
using LearningPartner.Web.Startup;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// The words of the notices stored as facts (issue 23's order notices; issue 24's reminders, case, claim, listing and trainer
/// notices, and the invitation mail), from the shared resource: in the reader's request
/// culture on the overview, in each recipient's language in the email. Dates are plain dates (a notice read or sent late
/// never says "today" about another day); money is shown with its currency code (R-FEE-2); the option by its name.
/// </summary>
internal sealed class NoticeRenderer(IStringLocalizer<SharedResource> localizer, RuleSetNames names) : INoticeRenderer
{
    public CultureInfo CultureFor(string? preferredLanguage) =>
        WebSetup.SupportedCultures.FirstOrDefault(c => string.Equals(c.Name, preferredLanguage, StringComparison.OrdinalIgnoreCase))
        ?? WebSetup.SupportedCultures[0];

    public NoticeText Render(NoticeKind kind, string facts, CultureInfo culture) => In(culture, () => kind switch
    {
        NoticeKind.RenewalReminder => RenewalReminderWords.Of(localizer, Named(RenewalReminderFacts.FromJson(facts))),
        NoticeKind.CaseUpdated => CaseNoticeWords.Of(localizer, CaseNoticeFacts.FromJson(facts)),
        NoticeKind.ClaimRejected => ClaimNoticeWords.Rejected(localizer, ClaimRejectedFacts.FromJson(facts)),
        NoticeKind.ListingApproved => ListingNoticeWords.Approved(localizer, ListingDecisionFacts.FromJson(facts)),
        NoticeKind.ListingRejected => ListingNoticeWords.Rejected(localizer, ListingDecisionFacts.FromJson(facts)),
        NoticeKind.RegistrationVerified => RegistrationNoticeWords.Verified(localizer, RegistrationDecisionFacts.FromJson(facts)),
        NoticeKind.RegistrationRejected => RegistrationNoticeWords.Rejected(localizer, RegistrationDecisionFacts.FromJson(facts)),
        NoticeKind.HeldInvoiceVerified => HeldInvoiceVerified(HeldInvoiceDecisionFacts.FromJson(facts)),
        NoticeKind.HeldInvoiceRefused => HeldInvoiceNoticeWords.Refused(localizer, HeldInvoiceDecisionFacts.FromJson(facts)),
        NoticeKind.MarketplaceProfileReady => MarketplaceProfileWords.Ready(localizer, MarketplaceProfileFacts.FromJson(facts)),
        NoticeKind.TrainerLapse => TrainerLapseWords.Of(localizer, Named(TrainerLapseFacts.FromJson(facts))),
        _ => OrderNoticeText(kind, Named(OrderNoticeFacts.FromJson(facts))),
    });

    public NoticeText Invitation(InvitationMailFacts facts, CultureInfo culture) => In(culture, () => InvitationWords.Of(localizer, facts));

    // ADR-019: the competency named from its code in the reader's language (the culture In() set); a notice stored before the
    // code was kept shows the name it stored.
    private string? Name(string? code, string? stored) => code is null ? stored : names.Competency(code);

    private NoticeText HeldInvoiceVerified(HeldInvoiceDecisionFacts facts) =>
        HeldInvoiceNoticeWords.Verified(localizer, facts, facts.KpiCategoryCode is { } code ? names.Category(code) : string.Empty);

    private RenewalReminderFacts Named(RenewalReminderFacts facts) => facts with { CompetencyName = Name(facts.CompetencyCode, facts.CompetencyName) };

    private OrderNoticeFacts Named(OrderNoticeFacts facts) => facts with { CompetencyName = Name(facts.CompetencyCode, facts.CompetencyName) };

    private TrainerLapseFacts Named(TrainerLapseFacts facts) => facts with
    {
        Options = [.. facts.Options.Select(o => o with { CompetencyName = Name(o.CompetencyCode, o.CompetencyName) })],
    };

    /// <summary>The localizer reads the current UI culture: the mail's language for the time of this call, then the caller's again.</summary>
    private static NoticeText In(CultureInfo culture, Func<NoticeText> words)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formats;
        }
    }

    private NoticeText OrderNoticeText(NoticeKind kind, OrderNoticeFacts facts)
    {
        var option = OrderDocumentText.Option(localizer, new OrderedOption(facts.OrderKind, facts.Level, null, facts.CompetencyName));
        var amount = Display.Money(facts.Price);
        var number = facts.OrderNumber;
        var expires = Display.Date(facts.ExpiresOn);
        var lastDay = Display.Date(facts.ExpiresOn.AddDays(-1));
        var reference = facts.TransferReference ?? PaymentReferences.Transfer(facts.OrderNumber, facts.PartnerId);
        var orderPage = Lines(localizer["See the order in the Learning Partner Portal:"]);
        return kind switch
        {
            NoticeKind.OrderPlaced => new(localizer["Order {0} placed: pay {1} by wire transfer by {2}", number, amount, lastDay],
            [
                Lines(localizer["You ordered {0} for {1}.", option, amount]),
                Lines(localizer["Transfer {0} to this account, with the transfer reference below, then upload your proof of payment.", amount]),
                Wire(facts.Wire, reference, amount),
                Lines(localizer["Unpaid, the order expires on {0}: the last day to pay is {1}.", expires, lastDay]),
                orderPage,
            ]),
            NoticeKind.PaymentProofReceived => new(localizer["Order {0}: proof of payment received", number],
            [
                Lines(localizer["We received your proof of payment of order {0} for {1} ({2}).", number, option, amount]),
                Lines(localizer["Support staff check it against the payment received and confirm it; the option is active from then."]),
                orderPage,
            ]),
            NoticeKind.PaymentConfirmed => new(localizer["Order {0}: payment confirmed, {1} is active", number, option],
            [
                Lines(localizer["Support staff confirmed your payment of order {0} for {1} ({2}).", number, option, amount]),
                Lines(localizer["The option is active; its anniversary date is {0}.", Display.Date(facts.AnniversaryDate!.Value)]),
                orderPage,
            ]),
            NoticeKind.PaymentRejected => new(localizer["Order {0}: proof of payment rejected", number],
            [
                Lines(localizer["Support staff rejected your proof of payment of order {0} for {1} ({2}). Their reason:", number, option, amount]),
                (facts.Reason ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'),
                Lines(localizer["The order still waits for payment: upload another proof of payment on its page. Unpaid, it expires on {0}.", expires]),
                orderPage,
            ]),
            NoticeKind.OrderExpiring => new(localizer["Order {0} is unpaid and expires on {1}", number, expires],
            [
                Lines(localizer["Order {0} for {1} ({2}) still waits for payment. Unpaid, it expires on {3}: the last day to pay is {4}.", number, option,
                    amount, expires, lastDay]),
                Lines(localizer["Transfer {0} to this account, with the transfer reference below, then upload your proof of payment.", amount]),
                Lines($"{localizer["Transfer reference"]}: {reference}"),
                orderPage,
            ]),
            NoticeKind.OrderExpired => new(localizer["Order {0} expired unpaid on {1}", number, expires],
            [
                Lines(localizer["Order {0} for {1} ({2}) was not paid and expired on {3}.", number, option, amount, expires]),
                Lines(facts.ProofAwaiting
                    ? localizer["Its proof of payment still awaits support's decision: re-create the order on its page, without paying again."]
                    : localizer["To buy the option, place a new order."]),
                orderPage,
            ]),
            _ => throw new FormatException($"No words for a notice of kind {kind}."),
        };
    }

    /// <summary>R-FEE-3: the bank details of the order's currency, as the order's page lists them.</summary>
    private string[] Wire(WireInstructions? wire, string reference, string amount)
    {
        var lines = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Add($"{localizer[label]}: {value}");
            }
        }

        Add("Beneficiary", wire?.Beneficiary);
        Add("Bank", wire?.BankName);
        Add("IBAN", wire?.Iban);
        Add("Account number", wire?.AccountNumber);
        Add("SWIFT/BIC", wire?.Swift);
        Add("Bank address", wire?.BankAddress);
        Add("Amount", amount);
        Add("Transfer reference", reference);
        return [.. lines];
    }

    private static string[] Lines(string line) => [line];
}
