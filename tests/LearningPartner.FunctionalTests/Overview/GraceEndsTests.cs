using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Overview;

/// <summary>R-RNW-1: a partner whose grace ended yesterday shows lapsed today, whatever any job did. Moves the clock.</summary>
public sealed class GraceEndsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheDayAfterGraceTheOptionIsLapsed()
    {
        // Woodgrove's gold: AD 2026-11-10 + 30 days of grace → the last day in grace is 2026-12-09.
        using (var seeded = await factory.SignedInClientAsync(Personas.Support))
        {
            Assert.Contains("state-ingrace", await seeded.GetStringAsync("/partners/4100005")); // the demo world is seeded on 2026-11-25
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 23, 0, 0, TimeSpan.Zero));
        using (var lastDay = await factory.SignedInClientAsync(Personas.Support))
        {
            Assert.Contains("state-ingrace", await lastDay.GetStringAsync("/partners/4100005"));
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 0, 30, 0, TimeSpan.Zero));
        using var nextDay = await factory.SignedInClientAsync(Personas.Support);

        var html = WebUtility.HtmlDecode(await nextDay.GetStringAsync("/partners/4100005"));
        Assert.Contains("state-lapsed", html);
        Assert.DoesNotContain("state-ingrace", html);
    }
}
