using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.UnitTests.Kpis;

public sealed class HeldInvoiceTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AwaitingVerificationItHoldsTheLinesKeySoTheSameLineCannotWaitTwice()
    {
        var held = Held();

        Assert.Equal(HeldInvoiceStatus.Submitted, held.Status);
        Assert.Equal("4100001|CM-1|2", held.PendingKey);
    }

    [Fact]
    public void VerifiedOnceItFreesTheKeyAndBecomesAKpiRecordNamingItsSource()
    {
        var held = Held();

        held.Verify("support", Submitted.AddDays(1));
        var line = held.ToInvoiceLine(Submitted.AddDays(1));

        Assert.Equal((HeldInvoiceStatus.Verified, (string?)null), (held.Status, held.PendingKey));
        Assert.Equal(("4100001", "CM-1", 2, 6, new Money(570m, "USD"), "held:0"),
            (line.PartnerId, line.InvoiceNumber, line.LineNumber, line.Units, line.Revenue, line.Source));
        Assert.Throws<InvalidOperationException>(() => held.Refuse("support", Submitted, "too late"));
    }

    [Fact]
    public void RefusedItKeepsTheReasonAndCannotBeVerifiedAfterwards()
    {
        var held = Held();

        held.Refuse("support", Submitted.AddDays(1), "An order confirmation, not an invoice (R-KPI-3).");

        Assert.Equal((HeldInvoiceStatus.Refused, "An order confirmation, not an invoice (R-KPI-3).", (string?)null),
            (held.Status, held.RefusalReason, held.PendingKey));
        Assert.Throws<InvalidOperationException>(() => held.Verify("support", Submitted));
    }

    [Theory]
    [InlineData(0, 6, 570)] // line numbers start at 1
    [InlineData(1, -1, 570)] // units are never negative
    [InlineData(1, 6, -1)] // nor is revenue
    public void ItTakesOnlyWhatAValidKpiRecordWouldTake(int lineNumber, int units, decimal revenue) =>
        Assert.ThrowsAny<ArgumentException>(() => new HeldInvoice(1, "4100001", "CM-1", lineNumber, new DateOnly(2026, 10, 5), "MOC", units,
            new Money(revenue, "USD"), "i.pdf", "key", "admin", Submitted));

    private static HeldInvoice Held() =>
        new(1, "4100001", "CM-1", 2, new DateOnly(2026, 10, 5), "MOC", 6, new Money(570m, "USD"), "i.pdf", "key", "admin", Submitted);
}
