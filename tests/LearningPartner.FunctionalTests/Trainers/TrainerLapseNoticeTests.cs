using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Trainers;

/// <summary>
/// R-MCT-2 on the partner's overview, derived from the date when read (no reminder run in these tests). Each test has its own
/// database. Sam's membership valid until 2026-12-25: Sam lapses on 2026-12-26, so the 30-day warning starts on 2026-11-26.
/// </summary>
public sealed class TrainerLapseNoticeTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TheOverviewWarnsFromThirtyDaysBeforeTheLapseAndNotBefore()
    {
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(_factory, "2026-12-25");
        var sentence = TrainerLapseArrangement.SilverLacksOne("2026-12-26", "2026-12-25");

        var dayBefore = await OverviewAsync(Personas.ContosoAdmin, Personas.ContosoPartnerId);
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var firstDay = await OverviewAsync(Personas.ContosoAdmin, Personas.ContosoPartnerId);

        Assert.DoesNotContain("lapses on", dayBefore);
        Assert.Contains(sentence, firstDay);
        Assert.Contains("2026-12-25", firstDay); // the trainers table shows each valid-until date too
        // The LAP needs 1 MCT and keeps Dana: no warning about it.
        Assert.DoesNotContain("Learning Action Pack lacks", firstDay);
    }

    [Fact]
    public async Task OnlyThePartnersOwnPeopleWhoSeeTrainersAreWarned()
    {
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(_factory, "2026-12-20");

        var user = await OverviewAsync(Personas.ContosoUser, Personas.ContosoPartnerId);
        var viewer = await OverviewAsync(Personas.ContosoViewer, Personas.ContosoPartnerId);
        var fabrikam = await OverviewAsync(Personas.FabrikamAdmin, Personas.FabrikamPartnerId);

        Assert.Contains(TrainerLapseArrangement.SilverLacksOne("2026-12-21", "2026-12-20"), user);
        Assert.DoesNotContain(TrainerLapseArrangement.SamMctId, viewer); // R-ROLE-5: no trainers' personal data
        Assert.DoesNotContain(TrainerLapseArrangement.SamMctId, fabrikam);
    }

    [Fact]
    public async Task ATrainerOtherMctsCoverForIsNotWarnedAbout()
    {
        // Contoso keeps its demo MCTs, valid past the anniversary: silver does not need Sam.
        await TrainerLapseArrangement.AddVerifiedAsync(_factory, TrainerLapseArrangement.Sam, TrainerLapseArrangement.SamMctId, "2026-12-20");

        var html = await OverviewAsync(Personas.ContosoAdmin, Personas.ContosoPartnerId);

        Assert.Contains(TrainerLapseArrangement.SamMctId, html); // listed with its valid-until date
        Assert.DoesNotContain("lapses on", html);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> OverviewAsync(string persona, string partnerId)
    {
        using var client = await _factory.SignedInClientAsync(persona);
        return WebUtility.HtmlDecode(await client.GetStringAsync($"/partners/{partnerId}"));
    }
}
