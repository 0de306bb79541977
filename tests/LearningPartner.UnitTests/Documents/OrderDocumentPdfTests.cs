using System.Globalization;
using LearningPartner.Application.Orders;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Web;
using LearningPartner.Web.Features.Orders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace LearningPartner.UnitTests.Documents;

/// <summary>
/// R-FEE-3: the order confirmation and the receipt are real PDFs whose text reads back — the partner's name in any script
/// (Northwind's Chinese name included, from the fonts shipped with the portal), the amount, the reference, the bank details.
/// </summary>
public sealed class OrderDocumentPdfTests
{
    private static readonly DocumentParty Northwind = new("北风学院 Northwind Academy", "4100003", "上海市浦东新区世纪大道 100 号");

    private static readonly OrderedOption SilverDataPlatform = new(OrderKind.NewEnrollment, LearningLevel.Silver, "DATA-PLATFORM", "Data Platform");

    private static readonly WireInstructions Cny = new("CNY", "Learning Partner Program", "Demo Bank (China) Co., Ltd.", null,
        "6222000012345678901", "DEMOCNSH", "1 Example Road, Pudong, Shanghai 200120, China");

    [Fact]
    public void TheConfirmationReadsBackWithTheChineseNameAmountReferenceAndBankDetails()
    {
        var order = new OrderConfirmation(Northwind, "LP2611-7KQ2M9XD", new DateOnly(2026, 11, 25), SilverDataPlatform,
            new WireTransfer(new Money(12_127.50m, "CNY"), Cny, "LP2611-7KQ2M9XD/4100003"), OrderStatus.PendingPayment, new DateOnly(2026, 12, 25));

        var pdf = WithCulture("en-US", l => OrderConfirmationPdf.Build(order, l));
        var text = TextOf(pdf);

        Assert.InRange(pdf.Length, 1, 150_000); // the fonts are subset: the CJK font alone is 4 MB
        Assert.Contains("北风学院 Northwind Academy", text);
        Assert.Contains("上海市浦东新区世纪大道 100 号", text);
        Assert.Contains("4100003", text);
        Assert.Contains("Order date 2026-11-25", text);
        Assert.Contains("Silver · Data Platform", text); // the competency's name, not its code
        Assert.Contains("12,127.50 CNY", text);
        Assert.Contains("Beneficiary Learning Partner Program", text);
        Assert.Contains("Demo Bank (China) Co., Ltd.", text);
        Assert.Contains("Account number 6222000012345678901", text);
        Assert.Contains("SWIFT/BIC DEMOCNSH", text);
        Assert.Contains("Transfer reference LP2611-7KQ2M9XD/4100003", text);
        Assert.Contains("2026-12-24 (an unpaid order expires on 2026-12-25)", text);
        Assert.DoesNotContain("IBAN", text); // a CNY account has none
    }

    [Fact]
    public void TheReceiptReadsBackWithWhatSupportRecordedAndTheOptionDates()
    {
        var receipt = Receipt(new ReceivedPayment(new Money(12_127.50m, "CNY"), new DateOnly(2026, 11, 26), "CMB20261126-0042"));

        var text = TextOf(WithCulture("en-US", l => ReceiptPdf.Build(receipt, l)));

        Assert.Contains("Receipt for order LP2611-7KQ2M9XD", text);
        Assert.Contains("北风学院 Northwind Academy", text);
        Assert.Contains("Price 12,127.50 CNY", text);
        Assert.Contains("Amount received 12,127.50 CNY", text);
        Assert.Contains("Currency CNY", text);
        Assert.Contains("Value date 2026-11-26", text); // the bank's date, not the day support confirmed it (2026-11-27)
        Assert.Contains("Bank reference CMB20261126-0042", text);
        Assert.Contains("Activation date 2026-11-27", text);
        Assert.Contains("Anniversary date 2027-11-27", text); // R-DATE-3: activation + 1 year
        Assert.DoesNotContain("Payment confirmed on", text);
    }

    [Fact]
    public void AnOverriddenPaymentIsStatedAsItArrivedNotAsThePrice()
    {
        // R-FEE-3: support accepted 1,700.00 USD for a 12,127.50 CNY order, with an override.
        var receipt = Receipt(new ReceivedPayment(new Money(1_700m, "USD"), new DateOnly(2026, 11, 24), "HSBC-TT-889201"));

        var text = TextOf(WithCulture("en-US", l => ReceiptPdf.Build(receipt, l)));

        Assert.Contains("Price 12,127.50 CNY", text);
        Assert.Contains("Amount received 1,700.00 USD", text);
        Assert.Contains("Currency USD", text);
        Assert.Contains("Value date 2026-11-24", text);
        Assert.Contains("Bank reference HSBC-TT-889201", text);
        Assert.DoesNotContain("Amount received 12,127.50", text);
    }

    [Fact]
    public void APaymentConfirmedBeforeTheFiguresWereRecordedGivesItsConfirmationDay()
    {
        var text = TextOf(WithCulture("en-US", l => ReceiptPdf.Build(Receipt(null), l)));

        Assert.Contains("Price 12,127.50 CNY", text);
        Assert.Contains("Payment confirmed on 2026-11-27", text);
        Assert.DoesNotContain("Amount received", text);
        Assert.DoesNotContain("Value date", text);
        Assert.DoesNotContain("Bank reference", text);
    }

    [Fact]
    public void InChineseTheLabelsAreChineseAndTheMoneyKeepsItsCode()
    {
        var receipt = Receipt(new ReceivedPayment(new Money(12_127.50m, "CNY"), new DateOnly(2026, 11, 26), "CMB20261126-0042"));

        var text = TextOf(WithCulture("zh-CN", l => ReceiptPdf.Build(receipt, l)));

        Assert.Contains("周年日 2027-11-27", text);
        Assert.Contains("起息日 2026-11-26", text);
        Assert.Contains("银行参考号 CMB20261126-0042", text);
        Assert.Contains("12,127.50 CNY", text);
        Assert.Contains("北风学院 Northwind Academy", text);
    }

    [Fact]
    public void ALongAddressWrapsOntoMoreLinesAndStaysWhole()
    {
        var party = Northwind with { Address = string.Concat(Enumerable.Repeat("北风学院大楼 ", 30)) };
        var order = new OrderConfirmation(party, "LP2611-7KQ2M9XD", new DateOnly(2026, 11, 25), SilverDataPlatform,
            new WireTransfer(new Money(100m, "CNY"), null, "LP2611-7KQ2M9XD/4100003"), OrderStatus.PendingPayment, null);

        var words = WordsOf(WithCulture("en-US", l => OrderConfirmationPdf.Build(order, l)));

        Assert.Equal(30, words.Count(w => w == "北风学院大楼"));
        Assert.Contains("no bank details for transfers in CNY", string.Join(' ', words));
    }

    /// <summary>Northwind's silver Data Platform order of 12,127.50 CNY, confirmed and activated on 2026-11-27.</summary>
    private static OrderReceipt Receipt(ReceivedPayment? received) =>
        new(Northwind, "LP2611-7KQ2M9XD", SilverDataPlatform, new Money(12_127.50m, "CNY"), received,
            new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 27), new DateOnly(2027, 11, 27));

    private static byte[] WithCulture(string culture, Func<IStringLocalizer, byte[]> build)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
                NullLoggerFactory.Instance);
            return build(factory.Create(typeof(SharedResource)));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    private static string TextOf(byte[] pdf) => string.Join(' ', WordsOf(pdf));

    private static List<string> WordsOf(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = PdfDocument.Open(pdf);
        // In reading order: line by line (one baseline for both fonts), left to right.
        return document.GetPages()
            .SelectMany(p => p.GetWords()
                .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
                .ThenBy(w => w.BoundingBox.Left))
            .Select(w => w.Text).ToList();
    }
}
