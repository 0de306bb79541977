using System.Net;
using LearningPartner.Application.Orders;
using LearningPartner.Domain.Notifications;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Notifications;

/// <summary>
/// Issue 23: the order's notices and emails. Contoso's demo order 1 is silver Security, LP2611-DEMO0001, 1,732.50 USD, placed
/// 2026-10-31 and expiring on 2026-11-30 (unpaid, the last day to pay is 2026-11-29); today is 2026-11-25. Contoso's people:
/// Avery Chen (partner admin), Parker Lee (partner user), Rowan Patel (report viewer). Each test has a portal of its own.
/// </summary>
public sealed class OrderNoticeTests : IDisposable
{
    private const string Contoso = "4100001";
    private const string Northwind = "4100003";
    private const string Avery = "avery.chen@contoso-learning.example";
    private const string Parker = "parker.lee@contoso-learning.example";
    private const string Rowan = "rowan.patel@contoso-learning.example";
    private const string OrderPage = "https://portal.example.com/partners/4100001/orders/1";

    private readonly PortalFactory _factory = new PortalFactory().WithSetting("PublicBaseUrl", "https://portal.example.com");

    [Fact]
    public async Task APlacedOrderIsMailedWithItsWireInstructionsReferenceAndExpiryInTheChosenLanguage()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        // Wang Fang switches the portal to Chinese: her mails are written in it from then on.
        using var switched = await admin.PostFormAsync("/resources", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        Assert.Equal("zh-CN", await _factory.WithDbAsync(db => db.PartnerUsers.Where(u => u.Email == "wang.fang@northwind-academy.example")
            .Select(u => u.PreferredLanguage).SingleAsync()));
        await ClaimFlow.AddVerifiedExamAsync(_factory, admin, Northwind, "DP-300");

        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/DATA-PLATFORM");

        var number = await _factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.PaymentReference).SingleAsync());
        var notice = await _factory.WithDbAsync(db => db.PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Equal((NoticeKind.OrderPlaced, $"/partners/{Northwind}/orders/{orderId}"), (notice.Kind, notice.Link));
        Assert.Equal(string.Empty, notice.Subject); // stored as facts, put into words when read
        Assert.Equal(1, await EmailAsync());
        var mail = Assert.Single(Mails());
        Assert.Equal($"订单 {number} 已下达：请在 2026-12-24（含）前通过电汇支付 12,495.00 CNY", mail.Subject);
        foreach (var part in new[] { mail.Text, mail.Html })
        {
            Assert.Contains("收款人: Learning Partner Program (DEMO, do not pay)", part);
            Assert.Contains("银行: Demo Bank (China) Co., Ltd. Shanghai Branch", part);
            Assert.Contains("账号: 6222000012345678901", part);
            Assert.Contains("SWIFT/BIC: DEMOCNSH", part);
            Assert.Contains("银行地址: 1 Example Road, Pudong, Shanghai 200120, China", part);
            Assert.Contains($"转账参考号: {number}/{Northwind}", part);
            Assert.Contains("订单若未付款，将于 2026-12-25 过期：最后付款日为 2026-12-24。", part);
            Assert.Contains("银牌 · 数据平台", part); // the competency by its name in her language (ADR-019), never its code
            Assert.DoesNotContain("DATA-PLATFORM", part);
        }

        Assert.Contains($"https://portal.example.com/partners/{Northwind}/orders/{orderId}", mail.Text);
        Assert.Contains($"<a href=\"https://portal.example.com/partners/{Northwind}/orders/{orderId}\">", mail.Html);
    }

    [Fact]
    public async Task AProofReceivedIsMailedToEachActiveMemberInTheirOwnLanguageAndShownInTheReadersLanguage()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var parker = await _factory.SignedInClientAsync(Personas.ContosoUser);
        using var switched = await parker.PostFormAsync("/resources", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        await DeactivateAsync(Rowan);

        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Contoso, 1, PageValues.PdfProof, "transfer.pdf");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var notice = await _factory.WithDbAsync(db => db.PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Equal($"{Avery}, {Parker}", notice.Recipients); // not the deactivated report viewer
        Assert.Equal(1, await EmailAsync()); // one notice, one mail per language
        Assert.Equal(2, Mails().Count);
        var english = Assert.Single(Mails(), m => m.IsTo(Avery));
        var chinese = Assert.Single(Mails(), m => m.IsTo(Parker));
        Assert.DoesNotContain(Parker, english.To);
        Assert.Equal("Order LP2611-DEMO0001: proof of payment received", english.Subject);
        Assert.Contains("We received your proof of payment of order LP2611-DEMO0001 for Silver · Security (1,732.50 USD).", english.Text);
        Assert.Equal("订单 LP2611-DEMO0001：已收到付款证明", chinese.Subject);
        Assert.Contains("银牌 · 安全", chinese.Text);
        Assert.Contains("支持人员将核对到账款项并予以确认", chinese.Html);
        Assert.Contains(OrderPage, chinese.Text);

        // The overview words it when read, in the reader's language.
        Assert.Contains("Order LP2611-DEMO0001: proof of payment received</a>", WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Contoso}")));
        Assert.Contains("订单 LP2611-DEMO0001：已收到付款证明</a>",
            WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Contoso}?culture=zh-CN")));
    }

    [Fact]
    public async Task AConfirmedPaymentSaysTheOptionIsActiveAndItsAnniversaryDate()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var paymentId = await UploadAsync(admin);

        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal([NoticeKind.PaymentProofReceived, NoticeKind.PaymentConfirmed], await KindsAsync());
        await EmailAsync();
        var mail = Assert.Single(Mails(), m => m.IsTo(Avery) && m.Subject.Contains("confirmed", StringComparison.Ordinal));
        Assert.Equal("Order LP2611-DEMO0001: payment confirmed, Silver · Security is active", mail.Subject);
        Assert.Contains("The option is active; its anniversary date is 2027-11-25.", mail.Text);
        Assert.Contains("The option is active; its anniversary date is 2027-11-25.", mail.Html);
    }

    [Fact]
    public async Task ARejectedProofGivesSupportsReasonWithItsMarkupEncoded()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var paymentId = await UploadAsync(admin);
        var version = await support.FormValueAsync("/staff/payments", $"/staff/payments/{paymentId}/reject", "version");

        using var rejected = await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/reject",
            ("version", version), ("reason", "Received 1,500.00 USD <short> & late."));

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        await EmailAsync();
        var mail = Assert.Single(Mails(), m => m.IsTo(Avery) && m.Subject.Contains("rejected", StringComparison.Ordinal));
        Assert.Equal("Order LP2611-DEMO0001: proof of payment rejected", mail.Subject);
        Assert.Contains("Received 1,500.00 USD <short> & late.", mail.Text);
        Assert.Contains("Received 1,500.00 USD &lt;short&gt; &amp; late.", mail.Html);
        Assert.DoesNotContain("<short>", mail.Html);
        Assert.Contains("Unpaid, it expires on 2026-11-30.", mail.Text);
    }

    [Fact]
    public async Task ExpiringThenExpiredAreEachSentOnceByConcurrentRunsAndSayTheOrdersOwnDates()
    {
        using var other = PortalFactory.SharingDatabaseWith(_factory).WithSetting("PublicBaseUrl", "https://portal.example.com");
        _ = _factory.Server;

        // 2026-11-25: five days before 2026-11-30, within the 7 days' warning.
        Assert.Equal(1, (await Task.WhenAll(Task.Run(() => RemindAsync(_factory)), Task.Run(() => RemindAsync(other)), Task.Run(() => RemindAsync(_factory)))).Sum());
        Assert.Equal(0, await RemindAsync(_factory));
        Assert.Equal("OrderExpiring:1", await _factory.WithDbAsync(db => db.PartnerNotifications.Select(n => n.OnceKey).SingleAsync()));

        // No instance ran from 2026-11-30 to 2026-12-03: the expired notice goes out late, dated by the order.
        foreach (var clock in new[] { _factory.Clock, other.Clock })
        {
            clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero));
        }

        Assert.Equal(1, (await Task.WhenAll(Task.Run(() => RemindAsync(_factory)), Task.Run(() => RemindAsync(other)))).Sum());
        Assert.Equal(0, await RemindAsync(other));
        Assert.Equal([NoticeKind.OrderExpiring, NoticeKind.OrderExpired], await KindsAsync());
        await EmailAsync();
        var expiring = Assert.Single(Mails(), m => m.IsTo(Avery) && m.Subject.Contains("expires", StringComparison.Ordinal));
        Assert.Equal("Order LP2611-DEMO0001 is unpaid and expires on 2026-11-30", expiring.Subject);
        Assert.Contains("Unpaid, it expires on 2026-11-30: the last day to pay is 2026-11-29.", expiring.Text);
        Assert.Contains("Transfer reference: LP2611-DEMO0001/4100001", expiring.Text);
        var expired = Assert.Single(Mails(), m => m.IsTo(Avery) && m.Subject.Contains("expired", StringComparison.Ordinal));
        Assert.Equal("Order LP2611-DEMO0001 expired unpaid on 2026-11-30", expired.Subject);
        Assert.Contains("was not paid and expired on 2026-11-30.", expired.Text);
        Assert.DoesNotContain("2026-12-03", expired.Whole);
        Assert.DoesNotContain("today", expired.Whole, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(OrderPage, expired.Html);
    }

    [Fact]
    public async Task ACancelledOrPaidOrderHearsNothingOfItsExpiry()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        using var cancelled = await admin.PostFormAsync($"/partners/{Contoso}/orders/1", $"/partners/{Contoso}/orders/1/cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        // Northwind's new order, paid at once.
        using var northwind = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        await ClaimFlow.AddVerifiedExamAsync(_factory, northwind, Northwind, "DP-300");
        var orderId = await EnrollmentFlow.PlaceOrderAsync(northwind, Northwind, "silver/DATA-PLATFORM");
        using var upload = await EnrollmentFlow.UploadProofAsync(northwind, Northwind, orderId, PageValues.PdfProof, "paid.pdf");
        var paymentId = await _factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        using var confirmed = await EnrollmentFlow.ConfirmAsync(support, paymentId);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        foreach (var day in new[] { 25, 30 })
        {
            _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, day, 12, 0, 0, TimeSpan.Zero));
            Assert.Equal(0, await RemindAsync(_factory));
        }

        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 26, 6, 0, 0, TimeSpan.Zero)); // after the Northwind order's expiry too
        Assert.Equal(0, await RemindAsync(_factory));
        Assert.DoesNotContain(NoticeKind.OrderExpiring, await KindsAsync());
        Assert.DoesNotContain(NoticeKind.OrderExpired, await KindsAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    public void AnExpiryWarningOutsideOneToSixtyDaysStopsTheStart(string days)
    {
        using var portal = new PortalFactory().WithSetting("Orders:ExpiryWarningDays", days);

        var error = Record.Exception(() => portal.Server);

        Assert.NotNull(error);
        Assert.Contains("Orders:ExpiryWarningDays must be from 1 to 60", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<int> RemindAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderExpiryReminders>().RunOnceAsync(CancellationToken.None);
    }

    private async Task<int> EmailAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
    }

    private IReadOnlyList<ReceivedMail> Mails() => MailFiles.In(_factory.DatabasePath + "-outbox");

    private Task<List<NoticeKind>> KindsAsync() =>
        _factory.WithDbAsync(db => db.PartnerNotifications.OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync());

    private async Task<int> UploadAsync(HttpClient admin)
    {
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Contoso, 1, PageValues.PdfProof, "transfer.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return await _factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == 1).Select(p => p.Id).SingleAsync());
    }

    private Task<int> DeactivateAsync(string email) => _factory.WithDbAsync(async db =>
    {
        (await db.PartnerUsers.SingleAsync(u => u.Email == email)).Deactivate(PortalFactory.Now);
        return await db.SaveChangesAsync();
    });
}
