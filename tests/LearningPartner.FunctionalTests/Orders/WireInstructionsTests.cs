using System.Net;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Platform;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Orders;

/// <summary>R-FEE-3: the wire instructions of the order's currency, its transfer reference, and a currency without instructions.</summary>
public sealed class WireInstructionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheOrderPageShowsTheEuroAccountAndAReferenceWithTheOrderNumberAndPartnerId()
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);

        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Personas.FabrikamPartnerId, "lap");

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100002/orders/{orderId}"));
        var number = await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.PaymentReference).SingleAsync());
        Assert.Contains("Wire transfer instructions", page);
        Assert.Contains("Transfer 462.00 EUR to this account", page); // the LAP fee in EUR (FY2027)
        Assert.Contains("Demo Bank Europe AG", page); // appsettings.Development.json
        Assert.Contains("DE89370400440532013000", page);
        Assert.Contains("DEMODEFF", page);
        Assert.Contains($"<code id=\"transfer-reference\">{number}/4100002</code>", page);
    }

    [Fact]
    public async Task ACurrencyWithoutInstructionsCannotBeOrderedIn()
    {
        // The euro entry lacks its beneficiary: it counts as missing.
        using var portal = new PortalFactory().WithSetting("Payments:WireInstructions:EUR:Beneficiary", "");
        using var admin = await portal.SignedInClientAsync(Personas.FabrikamAdmin);
        var before = await portal.WithDbAsync(db => db.Orders.CountAsync());

        using var response = await EnrollmentFlow.OrderAsync(admin, Personas.FabrikamPartnerId, "lap");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Orders in EUR cannot be placed at the moment: the program has no bank details for transfers in EUR yet.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Theory]
    [InlineData("Production", false, true)]
    [InlineData("Production", true, false)]
    [InlineData("Development", false, false)]
    public void OutsideDevelopmentTheStartNamesTheFeeCurrenciesWithoutInstructions(string environment, bool configured, bool warned)
    {
        var logs = new LogCapture();
        using var portal = StartupConfigurationTests.EntraFactory(environment).CapturingLogs(logs);
        if (configured)
        {
            foreach (var currency in new[] { "BRL", "CNY", "EUR", "GBP", "INR", "USD" })
            {
                portal.WithSetting($"Payments:WireInstructions:{currency}:Beneficiary", "Learning Program Ltd")
                    .WithSetting($"Payments:WireInstructions:{currency}:BankName", "Bank")
                    .WithSetting($"Payments:WireInstructions:{currency}:AccountNumber", "1234")
                    .WithSetting($"Payments:WireInstructions:{currency}:Swift", "BANKGB22");
            }
        }

        _ = portal.Server;

        var warning = logs.Events.Where(e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.MessageTemplate.Text.StartsWith("No wire instructions", StringComparison.Ordinal)).ToList();
        Assert.Equal(warned, warning.Count == 1);
        if (warned)
        {
            // The six currencies of the shipped rule sets' fees, none configured in Production.
            Assert.Equal("\"BRL, CNY, EUR, GBP, INR, USD\"", warning[0].Properties["Currencies"].ToString());
        }
    }
}
