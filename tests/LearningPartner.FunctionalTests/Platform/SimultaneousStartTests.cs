using System.Net;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 12, several instances: two instances started at the same moment on one empty database both come up, and what
/// start-up writes — resource links, rule sets, the demo world — is there once. Whichever instance inserts first wins;
/// the other, refused by the unique keys, carries on with what the first wrote.
/// </summary>
public sealed class SimultaneousStartTests
{
    [Fact]
    public async Task TwoInstancesStartedTogetherOnAnEmptyDatabaseBothComeUpAndSeedOnce()
    {
        // A race: three rounds give it three chances to show.
        for (var round = 0; round < 3; round++)
        {
            await StartTogetherAsync();
        }
    }

    private static async Task StartTogetherAsync()
    {
        using var first = new PortalFactory();
        using var second = PortalFactory.SharingDatabaseWith(first);

        // Both hosts start (migrate, seed) at once, each on its own thread.
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        foreach (var factory in new[] { first, second })
        {
            using var client = factory.CreatePortalClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/resources")).StatusCode);
        }

        Assert.Equal(ResourceLinkDefaults.Create().Count(), await first.WithDbAsync(db => db.ResourceLinks.CountAsync()));
        Assert.Equal(DemoWorld.Organisations.Count + DemoWorld.Registrations.Count, await first.WithDbAsync(db => db.PartnerOrganisations.CountAsync()));
        Assert.Equal(ShippedRuleSets.ReadAll().Count, await first.WithDbAsync(db => db.ProgramYearRuleSets.CountAsync()));
    }
}
