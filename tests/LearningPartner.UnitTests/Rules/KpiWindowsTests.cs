using LearningPartner.Domain.Kpis;

namespace LearningPartner.UnitTests.Rules;

public sealed class KpiWindowsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ReportOn15thJanuary2020Covers2019()
    {
        // R-KPI-6, the seed's example.
        var report = KpiWindows.ReportAsOf(D("2020-01-15"));

        Assert.Equal(D("2019-01-01"), report.From);
        Assert.Equal(D("2020-01-01"), report.To);
        Assert.Equal(12, report.MonthCount);
    }

    [Fact]
    public void InvoiceDatedJanuary2020IsVisibleFrom15thFebruary2020()
    {
        // R-KPI-6, the seed's example (read as the 15th of 2020, see docs/rules.md#r-kpi-6).
        Assert.Equal(D("2020-02-15"), KpiWindows.VisibleFrom(D("2020-01-31")));
        Assert.Equal(D("2020-02-15"), KpiWindows.VisibleFrom(D("2020-01-01")));
        Assert.False(KpiWindows.IsInReport(D("2020-01-20"), D("2020-02-14")));
        Assert.True(KpiWindows.IsInReport(D("2020-01-20"), D("2020-02-15")));
    }

    [Theory]
    [InlineData("2020-01-14", "2019-12-15", "2018-12-01")] // the 14th: still last month's report
    [InlineData("2020-01-15", "2020-01-15", "2019-01-01")] // the 15th: the new report
    [InlineData("2020-01-31", "2020-01-15", "2019-01-01")] // month end
    [InlineData("2021-01-14", "2020-12-15", "2019-12-01")] // December → January
    [InlineData("2020-03-01", "2020-02-15", "2019-02-01")]
    [InlineData("2020-02-29", "2020-02-15", "2019-02-01")] // 29 February
    public void ReportAsOfADateIsTheLatestPublishedOnOrBeforeIt(string asOf, string publication, string firstMonth)
    {
        Assert.Equal(D(publication), KpiWindows.LatestPublication(D(asOf)));
        Assert.Equal(D(firstMonth), KpiWindows.ReportAsOf(D(asOf)).From);
        Assert.Equal(D(firstMonth).AddMonths(12), KpiWindows.ReportAsOf(D(asOf)).To);
    }

    [Theory]
    [InlineData("2020-01-10", "2019-01-01")] // R-KPI-7's examples: AD 2020-01-10 and 2020-01-20
    [InlineData("2020-01-20", "2019-01-01")]
    [InlineData("2020-01-01", "2019-01-01")]
    [InlineData("2020-01-31", "2019-01-01")]
    [InlineData("2020-02-29", "2019-02-01")]
    [InlineData("2021-01-01", "2020-01-01")]
    public void EligibilityWindowIsTheTwelveCompleteMonthsBeforeTheEvaluationMonth(string evaluation, string firstMonth)
    {
        var window = KpiWindows.EligibilityWindow(D(evaluation));

        Assert.Equal(D(firstMonth), window.From);
        Assert.Equal(D(firstMonth).AddMonths(12), window.To);
    }

    [Fact]
    public void EligibilityCountsDecemberBeforeTheReportShowsIt()
    {
        // R-KPI-7: on 2020-01-10 a 2019-12 invoice counts for eligibility but is not in a published report yet.
        var invoice = D("2019-12-20");

        Assert.True(KpiWindows.EligibilityWindow(D("2020-01-10")).Contains(invoice));
        Assert.False(KpiWindows.IsInReport(invoice, D("2020-01-10")));
    }

    [Fact]
    public void WindowsNeverContainTheirEvaluationMonth()
    {
        // Property: over many generated dates, the window is 12 consecutive months ending before the evaluation month.
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var date = D("2015-01-01").AddDays(random.Next(0, 365 * 20));
            var window = KpiWindows.EligibilityWindow(date);

            Assert.Equal(12, window.MonthCount);
            Assert.Equal(12, window.Months().Count());
            Assert.Equal(new DateOnly(date.Year, date.Month, 1), window.To);
            Assert.False(window.Contains(date));
            Assert.True(window.Contains(window.To.AddDays(-1)));
            Assert.False(window.Contains(window.From.AddDays(-1)));
        }
    }

    [Fact]
    public void ALineOnceVisibleStaysVisibleUntilItLeavesTheWindow()
    {
        // Property: for any invoice date, "in the report" over the following days is false…, then true for exactly
        // 12 publications (from the 15th of the next month), then false for ever.
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var invoice = D("2018-01-01").AddDays(random.Next(0, 365 * 8));
            var visibleFrom = KpiWindows.VisibleFrom(invoice);
            var leavesOn = visibleFrom.AddMonths(12);
            for (var asOf = invoice.AddDays(-3); asOf < leavesOn.AddDays(40); asOf = asOf.AddDays(1))
            {
                Assert.Equal(asOf >= visibleFrom && asOf < leavesOn, KpiWindows.IsInReport(invoice, asOf));
            }
        }
    }

    [Theory]
    // R-KPI-6 seed: on 2020-01-15 the report covers 2019-01 … 2019-12; a 2020-01 invoice is visible from 2020-02-15.
    [InlineData("2019-12-31", "2020-01-15", ReportStanding.InReport)] // the last day of the window's last month
    [InlineData("2019-12-31", "2020-01-14", ReportStanding.NotYetPublished)] // the report of 2019-12-15 ends with 2019-11
    [InlineData("2020-01-31", "2020-02-14", ReportStanding.NotYetPublished)]
    [InlineData("2020-01-31", "2020-02-15", ReportStanding.InReport)]
    [InlineData("2019-01-01", "2020-01-15", ReportStanding.InReport)]
    [InlineData("2018-12-31", "2020-01-15", ReportStanding.BeforeWindow)]
    [InlineData("2019-01-01", "2020-02-15", ReportStanding.BeforeWindow)]
    public void ALinesStandingInTheReportFollowsThePublicationCalendar(string invoiceDate, string asOf, ReportStanding expected) =>
        Assert.Equal(expected, KpiWindows.StandingOf(D(invoiceDate), D(asOf)));

    [Fact]
    public void StandingAgreesWithIsInReportOnEveryDay()
    {
        for (var asOf = D("2024-12-01"); asOf < D("2026-03-01"); asOf = asOf.AddDays(1))
        {
            for (var invoice = D("2023-10-01"); invoice < D("2026-03-01"); invoice = invoice.AddDays(3))
            {
                Assert.Equal(KpiWindows.IsInReport(invoice, asOf), KpiWindows.StandingOf(invoice, asOf) == ReportStanding.InReport);
            }
        }
    }

    [Theory]
    // Worked by hand: month M is in the reports of the 15th of M+1 … M+12 and counts for evaluations in M+1 … M+12.
    [InlineData("2026-03-20", "2026-04-15", "2027-03-15", "2026-04-01", "2027-03-31")]
    [InlineData("2019-12-01", "2020-01-15", "2020-12-15", "2020-01-01", "2020-12-31")]
    [InlineData("2024-02-29", "2024-03-15", "2025-02-15", "2024-03-01", "2025-02-28")]
    public void AnInvoiceMonthsReachIsTwelveReportsAndTwelveMonthsOfEvaluations(string invoiceDate, string firstReport, string lastReport,
        string eligibleFrom, string eligibleUntil)
    {
        var reach = InvoiceMonthReach.Of(D(invoiceDate));

        Assert.Equal((D(firstReport), D(lastReport), D(eligibleFrom), D(eligibleUntil)),
            (reach.FirstReport, reach.LastReport, reach.EligibleFrom, reach.EligibleUntil));
        Assert.False(reach.InReportOn(D(firstReport).AddDays(-1)));
        Assert.True(reach.InReportOn(D(firstReport)) && reach.InReportOn(D(lastReport).AddMonths(1).AddDays(-1)));
        Assert.False(reach.InReportOn(D(lastReport).AddMonths(1)));
        Assert.False(reach.CountsForEligibilityOn(D(eligibleFrom).AddDays(-1)));
        Assert.True(reach.CountsForEligibilityOn(D(eligibleFrom)) && reach.CountsForEligibilityOn(D(eligibleUntil)));
        Assert.False(reach.CountsForEligibilityOn(D(eligibleUntil).AddDays(1)));
    }
}
