using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>
/// Issue 24, "zh-CN covers notices and emails": every kind of notice the portal writes has its words in both languages. A new
/// <see cref="NoticeKind"/> without a sample here fails, and so does a sentence missing from the Chinese resources (the
/// localizer would answer with the English key): the subject and the first sentence of each kind read in Chinese, and no
/// placeholder is left unfilled in either language.
/// </summary>
public sealed partial class EveryNoticeKindTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);

    /// <summary>One notice of each kind, as its use case stores it.</summary>
    private static readonly Dictionary<NoticeKind, string> Samples = new()
    {
        [NoticeKind.OrderPlaced] = Order(),
        [NoticeKind.PaymentProofReceived] = Order(),
        [NoticeKind.PaymentConfirmed] = new OrderNoticeFacts(7, "4100001", "LP2611-0007", OrderKind.NewEnrollment, LearningLevel.Silver, "Security",
            1650m, "USD", Day.AddDays(30))
        { CompetencyCode = "SECURITY", AnniversaryDate = Day.AddYears(1) }.ToJson(),
        [NoticeKind.PaymentRejected] = new OrderNoticeFacts(7, "4100001", "LP2611-0007", OrderKind.NewEnrollment, LearningLevel.Silver, "Security",
            1650m, "USD", Day.AddDays(30))
        { CompetencyCode = "SECURITY", Reason = "付款金额不符。" }.ToJson(),
        [NoticeKind.OrderExpiring] = Order(),
        [NoticeKind.OrderExpired] = Order(),
        [NoticeKind.RenewalReminder] = new RenewalReminderFacts(LearningLevel.Gold, "Data Platform", Day, Day.AddDays(30), Day)
        {
            CompetencyCode = "DATA-PLATFORM",
        }.ToJson(),
        [NoticeKind.CaseUpdated] = new CaseNoticeFacts(12, "CM2610-9109", 2026, 10, DiscrepancyStatus.InReview).ToJson(),
        [NoticeKind.ClaimRejected] = new ClaimRejectedFacts(ClaimedFactKind.Trainer, "MCT-1", "Zhang Min", "链接无效。").ToJson(),
        [NoticeKind.ListingApproved] = new ListingDecisionFacts("Contoso Learning", "2026-12", Day.AddDays(12), null).ToJson(),
        [NoticeKind.ListingRejected] = new ListingDecisionFacts("Contoso Learning", "2026-12", null, "页面无关。").ToJson(),
        [NoticeKind.TrainerLapse] = new TrainerLapseFacts("Sam Okoro", "MCT-2", Day.AddDays(20),
            [new TrainerLapseOption(LearningLevel.Silver, "Cloud Platform", 1m, Day.AddDays(60)) { CompetencyCode = "CLOUD-PLATFORM" }]).ToJson(),
        [NoticeKind.RegistrationVerified] = new RegistrationDecisionFacts("Tailwind Training Inc.", "4100007", Day, null).ToJson(),
        [NoticeKind.RegistrationRejected] = new RegistrationDecisionFacts("Tailwind Training Inc.", "4100007", Day, "税号不符。").ToJson(),
        [NoticeKind.HeldInvoiceVerified] = new HeldInvoiceDecisionFacts("CM2610-7001", 1, Day.AddDays(-50), Day, 6m, "courseware", null).ToJson(),
        [NoticeKind.HeldInvoiceRefused] = new HeldInvoiceDecisionFacts("CM2610-7001", 1, Day.AddDays(-50), Day, null, null, "不是发票。").ToJson(),
        [NoticeKind.MarketplaceProfileReady] = new MarketplaceProfileFacts(Day, Day.AddYears(1)).ToJson(),
    };

    public static TheoryData<NoticeKind> Kinds() => [.. Enum.GetValues<NoticeKind>().Where(k => k != NoticeKind.Text)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKindReadsInChineseWithEveryPlaceholderFilled(NoticeKind kind)
    {
        Assert.True(Samples.TryGetValue(kind, out var facts), $"No sample of {kind}: add one, and its words in both languages.");

        var english = TestRenderers.Real().Render(kind, facts, new CultureInfo("en-US"));
        var chinese = TestRenderers.Real().Render(kind, facts, new CultureInfo("zh-CN"));

        Assert.Matches(Han(), chinese.Subject);
        Assert.Matches(Han(), chinese.Paragraphs[0][0]);
        Assert.DoesNotMatch(Han(), english.Subject);
        foreach (var line in new[] { english, chinese }.SelectMany(t => t.Paragraphs.SelectMany(p => p).Prepend(t.Subject)))
        {
            Assert.DoesNotMatch(Placeholder(), line);
        }
    }

    private static string Order() =>
        new OrderNoticeFacts(7, "4100001", "LP2611-0007", OrderKind.NewEnrollment, LearningLevel.Silver, "Security", 1650m, "USD", Day.AddDays(30))
        {
            CompetencyCode = "SECURITY",
        }.ToJson();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
