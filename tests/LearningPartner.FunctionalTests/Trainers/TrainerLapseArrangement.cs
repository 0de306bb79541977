using System.Net;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Trainers;

/// <summary>
/// R-MCT-2 lapse warnings on the demo world of 2026-11-25. Contoso holds silver Cloud Platform (activated 300 days ago: AD
/// 2027-01-29, 2 MCTs in FY2027) and the LAP (AD 2027-05-09, 1 MCT). A trainer's claim goes through the partner admin and
/// support staff over HTTP (<see cref="ClaimFlow"/>).
/// </summary>
public static class TrainerLapseArrangement
{
    public const string Sam = "Sam Okoro";
    public const string SamMctId = "MCT-LAPSE-SAM";

    /// <summary>
    /// Contoso's demo trainers left on 2026-11-01; its MCTs are now Dana (valid through 2027-12-31) and Sam (valid until
    /// <paramref name="samValidUntil"/>), both verified: silver needs both at its anniversary, the LAP needs only Dana.
    /// </summary>
    public static async Task TwoMctsOneEndingAsync(PortalFactory factory, string samValidUntil)
    {
        await AllOthersLeftAsync(factory);
        await AddVerifiedAsync(factory, Sam, SamMctId, samValidUntil);
    }

    /// <summary>Contoso's trainers but Sam left on 2026-11-01; Dana joined, verified and valid through 2027-12-31.</summary>
    public static async Task AllOthersLeftAsync(PortalFactory factory)
    {
        await factory.WithDbAsync(async db =>
        {
            foreach (var trainer in await db.Trainers.Where(t => t.MctId != SamMctId && db.PartnerOrganisations.Any(o =>
                         o.Id == t.PartnerOrganisationId && o.PartnerId == Personas.ContosoPartnerId)).ToListAsync())
            {
                trainer.Retire(new DateOnly(2026, 11, 1));
            }

            return await db.SaveChangesAsync();
        });
        await AddVerifiedAsync(factory, "Dana Whitfield", "MCT-LAPSE-DANA", "2027-12-31");
    }

    /// <summary>A partner admin's claim of a trainer, verified by support staff.</summary>
    public static async Task AddVerifiedAsync(PortalFactory factory, string name, string mctId, string validUntil)
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var id = await ClaimFlow.ClaimTrainerAsync(factory, admin, Personas.ContosoPartnerId, name, mctId, validUntil);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        using var verified = await ClaimFlow.DecideAsync(factory, support, "trainers", id, "verify");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
    }

    /// <summary>The sentence for Sam with the given dates: silver Cloud Platform lacks 1 MCT on 2027-01-29.</summary>
    public static string SilverLacksOne(string lapsesOn, string validUntil) =>
        $"If MCT {Sam} ({SamMctId}) lapses on {lapsesOn} (membership valid until {validUntil}), Silver · Cloud Platform lacks 1 MCT at its anniversary date 2027-01-29.";
}
