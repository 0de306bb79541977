using LearningPartner.Application.Orders;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;

namespace LearningPartner.Web.Startup;

/// <summary>
/// R-FEE-3: outside Development, says once at start which currencies the current and coming rule sets charge fees in but
/// have no wire instructions (Payments:WireInstructions:{CUR}). A warning, not a failed start: the other currencies can
/// still be ordered in, and an order in a missing one is refused with a message (docs/configuration.md).
/// </summary>
internal static class WireInstructionsCheck
{
    public static void WarnWhenWireInstructionsAreMissing(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return;
        }

        var today = app.Services.GetRequiredService<ProgramClock>().Today;
        var feeCurrencies = app.Services.GetRequiredService<RuleSetCatalogProvider>().Catalog.All
            .Where(r => r.EffectiveTo > today)
            .SelectMany(r => r.Fees.Values.SelectMany(fees => fees.Select(f => f.Currency)));
        var missing = app.Services.GetRequiredService<WireTransfers>().MissingAmong(feeCurrencies);
        if (missing.Count > 0)
        {
            app.Logger.LogWarning(
                "No wire instructions for the fee currencies {Currencies}: orders in them are refused. Set Payments:WireInstructions:{{CUR}} (docs/configuration.md)",
                string.Join(", ", missing));
        }
    }
}
