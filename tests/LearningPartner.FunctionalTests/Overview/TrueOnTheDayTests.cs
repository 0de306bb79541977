using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Kpis;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Overview;

/// <summary>
/// Issue 24, "true on the day it is read" and "words a partner understands", on the demo world of 2026-11-25: the overview's
/// next step follows the payment (R-FEE-2), a forecast never says "still missing by" a day already past, a KPI shortfall names
/// its category, the drill-down shows units × weight (R-KPI-2), and the requirements page says what a competency's highest
/// level met means.
/// </summary>
public sealed partial class TrueOnTheDayTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TheNextStepFollowsTheProofOfPayment()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        const string Pay = "Pay the open order by wire transfer and upload the proof.";
        const string Checking = "Your proof of payment is uploaded; support staff are checking it. The option becomes active on the day they confirm the payment.";
        const string Rejected = "Support staff rejected your proof of payment; the order's page says why. Upload a new proof while the order is open.";

        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Personas.FabrikamPartnerId, "lap");
        Assert.Contains(Pay, await OverviewAsync(admin));

        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Personas.FabrikamPartnerId, orderId, PageValues.PdfProof, "transfer.pdf");
        var afterUpload = await OverviewAsync(admin);
        Assert.Contains(Checking, afterUpload);
        Assert.DoesNotContain(Pay, afterUpload);

        var paymentId = await _factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        var version = await support.FormValueAsync("/staff/payments", $"/staff/payments/{paymentId}/reject", "version");
        using var reject = await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/reject",
            ("version", version), ("reason", "The amount received was 400.00 EUR, not 462.00 EUR."));
        var afterRejection = await OverviewAsync(admin);
        Assert.Contains(Rejected, afterRejection);
        Assert.DoesNotContain(Checking, afterRejection);

        await admin.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        Assert.Contains("支持人员已拒绝你的付款证明，原因见订单页面。请在订单有效期内上传新的付款证明。", await OverviewAsync(admin));
    }

    [Theory]
    [InlineData(Personas.Support, "4100005")] // Woodgrove: gold in grace since AD 2026-11-10, its window closed 2026-10-31
    [InlineData(Personas.Support, "4100001")] // Contoso: silver, AD 2027-01-29, window open until 2026-12-31
    public async Task AForecastNeverSaysStillMissingByADayAlreadyPast(string persona, string partnerId)
    {
        using var client = await _factory.SignedInClientAsync(persona);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/partners/{partnerId}"));

        foreach (Match match in StillMissingBy().Matches(html))
        {
            Assert.True(DateOnly.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= new DateOnly(2026, 11, 25),
                $"Past date in \"{match.Value}\"");
        }

        // Issue 24: every KPI shortfall names its category ("Courseware units: 12 more KPI"), never a bare number.
        var shortfalls = Regex.Matches(html, @"([^:;>]+): [\d.,]+ more KPI").Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(Regex.Matches(html, "more KPI").Count, shortfalls.Count);
        Assert.All(shortfalls, category => Assert.Contains(category, new[] { "Courseware units", "Certification units" }));
        if (partnerId == "4100005")
        {
            Assert.Contains("The window closed on 2026-10-31; missing then: Courseware units:", html);
        }
    }

    [Fact]
    public async Task TheDrillDownSaysWhyALineEarnsWhatItEarns()
    {
        using var support = await KpiDataSet.ArrangeAsync(_factory);

        var september = WebUtility.HtmlDecode(await support.GetStringAsync($"/partners/{KpiDataSet.PartnerId}/kpis/2026-09"));
        var october2025 = WebUtility.HtmlDecode(await support.GetStringAsync($"/partners/{KpiDataSet.PartnerId}/kpis/2025-10"));

        // Worked by hand: L-3/2 is 3 LABS-ONLINE units dated 2026-09-30 (FY2027, weight 0.5); L-1 is 10 MOC units dated
        // 2025-10-31 (FY2026, weight 1).
        Assert.Contains("3 units × 0.5 = 1.5 KPI (Courseware units): the weight of Microsoft Labs Online (LABS-ONLINE) in FY2027.", september);
        Assert.Contains("8 units × 1.25 = 10 KPI (Courseware units): the weight of MOC On-Demand (MOC-ON-DEMAND) in FY2027.", september);
        Assert.Contains("10 units × 1 = 10 KPI (Courseware units): the weight of Microsoft Official Course (printed) (MOC) in FY2026.", october2025);

        await support.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        var chinese = WebUtility.HtmlDecode(await support.GetStringAsync($"/partners/{KpiDataSet.PartnerId}/kpis/2026-09"));
        Assert.Contains("3 个单位 × 0.5 = 1.5 KPI（课件单位）：Microsoft 在线实验室（LABS-ONLINE）在 FY2027 的权重。", chinese);
    }

    [Fact]
    public async Task TheRequirementsPageSaysWhatACompetencysHighestLevelMetMeans()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001/requirements"));

        Assert.DoesNotContain("Offered:", html);
        // FY2027, US thresholds: Contoso's 274.5 courseware and 71 certification KPI meet silver's 180 / 25, not gold's 450 / 60.
        Assert.Contains("You meet silver in this competency; gold is not met yet.", html);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<string> OverviewAsync(HttpClient client) =>
        WebUtility.HtmlDecode(await client.GetStringAsync($"/partners/{Personas.FabrikamPartnerId}"));

    [GeneratedRegex(@"Still missing by (\d{4}-\d{2}-\d{2})")]
    private static partial Regex StillMissingBy();
}
