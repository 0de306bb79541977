using System.Globalization;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>Issue 23: an order notice is put into words from its facts, in the language asked for, whatever the caller's.</summary>
public sealed class NoticeRendererTests
{
    private static readonly string Facts = new OrderNoticeFacts(7, "4100001", "LP2611-ABCD2345", OrderKind.Renewal, LearningLevel.Gold,
        "Security", 3000m, "EUR", new DateOnly(2026, 12, 25))
    { AnniversaryDate = new DateOnly(2027, 12, 1) }.ToJson();

    [Fact]
    public void AConfirmationInEnglishAndInChinese()
    {
        var renderer = Renderer();

        var english = renderer.Render(NoticeKind.PaymentConfirmed, Facts, new CultureInfo("en-US"));
        var chinese = renderer.Render(NoticeKind.PaymentConfirmed, Facts, new CultureInfo("zh-CN"));

        Assert.Equal("Order LP2611-ABCD2345: payment confirmed, Gold · Security (renewal) is active", english.Subject);
        Assert.Equal("The option is active; its anniversary date is 2027-12-01.", english.Paragraphs[1][0]);
        Assert.StartsWith("订单 LP2611-ABCD2345：付款已确认，", chinese.Subject, StringComparison.Ordinal);
        Assert.Equal("该选项已生效；其周年日为 2027-12-01。", chinese.Paragraphs[1][0]);
        Assert.Contains("3,000.00 EUR", chinese.Paragraphs[0][0], StringComparison.Ordinal); // money with its code, not ¥ or €
    }

    [Fact]
    public void RenderingLeavesTheCallersCultureAsItWas()
    {
        var before = CultureInfo.CurrentUICulture;

        _ = Renderer().Render(NoticeKind.OrderExpired, Facts, new CultureInfo("zh-CN"));

        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("ZH-cn", "zh-CN")]
    [InlineData(null, "en-US")]
    [InlineData("fr-FR", "en-US")]
    public void AnUnknownOrMissingLanguageIsEnglish(string? preferred, string expected) =>
        Assert.Equal(expected, Renderer().CultureFor(preferred).Name);

    private static NoticeRenderer Renderer() => TestRenderers.Real();
}
