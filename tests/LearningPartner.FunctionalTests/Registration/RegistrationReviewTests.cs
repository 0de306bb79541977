using System.Net;
using LearningPartner.Application.Common;
using LearningPartner.Application.Registration;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Registration;

/// <summary>R-ORG-1: support staff's queue of registrations, its possible duplicates, and rejection with a reason.</summary>
public sealed class RegistrationReviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheQueueShowsEachRegistrationWithItsPossibleDuplicates()
    {
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var html = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/registrations"));

        // The demo's "contoso learning" (US) is a nearly identical name of Contoso Learning Ltd (US); Tailwind is not like it.
        var lookalike = html[html.IndexOf("data-registration=\"4100008\"", StringComparison.Ordinal)..];
        Assert.Contains("data-duplicate=\"4100001\"", lookalike);
        Assert.Contains("nearly identical name in the same country", lookalike);
        Assert.Contains("US-77-0000001", lookalike);
        Assert.DoesNotContain("data-duplicate=\"4100007\"", lookalike);
        Assert.Contains("https://learn.contoso-learning.example", lookalike);
    }

    [Fact]
    public async Task ARejectionNeedsAReasonAndTheApplicantReadsIt()
    {
        using var support = await factory.SignedInClientAsync(Personas.Support);
        using var tailwind = await factory.SignedInClientAsync(Personas.TailwindAdmin);
        var id = await factory.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnerId == Personas.TailwindPartnerId).Select(o => o.Id).SingleAsync());
        Assert.Contains("data-registration=\"pending\"", await tailwind.GetStringAsync("/partners/4100007"));

        using (var noReason = await support.PostFormAsync("/staff/registrations", $"/staff/registrations/{id}/reject", ("Reason", " ")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
            Assert.Contains("Give the applicant a reason for the rejection", await noReason.Content.ReadAsStringAsync());
        }

        using var rejected = await support.PostFormAsync("/staff/registrations", $"/staff/registrations/{id}/reject",
            ("Reason", "The tax id does not match the company's name in the public register."));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var overview = WebUtility.HtmlDecode(await tailwind.GetStringAsync("/partners/4100007"));
        Assert.Contains("data-registration=\"rejected\"", overview);
        Assert.Contains("The tax id does not match the company's name in the public register.", overview);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "PartnerRejected"));
        Assert.Equal(("The tax id does not match the company's name in the public register.", id), (audit.Reason, audit.PartnerOrganisationId));

        // Decided: a second decision is refused, and it is out of the queue.
        using var again = await support.PostFormAsync("/staff/registrations", $"/staff/registrations/{id}/verify");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task AnotherPartnerNeverSeesARegistration()
    {
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var tailwind = await factory.SignedInClientAsync(Personas.TailwindAdmin);

        using var other = await fabrikam.GetAsync("/partners/4100007");
        using var back = await tailwind.GetAsync("/partners/4100001");
        using var queue = await tailwind.GetAsync("/staff/registrations");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, back.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Contains("access-denied", queue.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ConcurrentSignUpsGetDistinctPartnerIds()
    {
        const int count = 8;
        // The portal starts once, before the sign-ups race: a first touch of Services from several threads would start it several times.
        var services = factory.Services;
        var results = await Task.WhenAll(Enumerable.Range(1, count).Select(i => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var registration = scope.ServiceProvider.GetRequiredService<RegistrationService>();
            return await registration.RegisterAsync(
                new Registrant("0b5e7a10-1d2c-4e3f-8a9b-0000000c0c01", $"00000000-0000-0000-0000-{i:000000000000}", $"Person {i}", $"person{i}@example.test"),
                new RegisterCompany($"Concurrent Training {i}", "DE", "Hauptstraße 1, Berlin", $"https://concurrent{i}.example", $"DE{i:000000000}",
                    $"Person {i}", $"person{i}@example.test"),
                CancellationToken.None);
        })));

        Assert.All(results, r => Assert.True(r.IsDone));
        var ids = results.Select(r => r.Value!).ToList();
        Assert.Equal(count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^41000[0-9]{2}$", id));
        var admins = await factory.WithDbAsync(db => db.PartnerUsers.CountAsync(u => u.TenantId == "0b5e7a10-1d2c-4e3f-8a9b-0000000c0c01"));
        Assert.Equal(count, admins);
    }

    [Fact]
    public async Task OnePersonsSignUpsSentAtOnceMakeOneCompany()
    {
        // R-ORG-1: a double-clicked Register (or two tabs): one company, the other sign-up refused, nothing half-written.
        // The portal starts once, before the sign-ups race: a first touch of Services from several threads would start it several times.
        var services = factory.Services;
        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var registration = scope.ServiceProvider.GetRequiredService<RegistrationService>();
            return await registration.RegisterAsync(
                new Registrant("0b5e7a10-1d2c-4e3f-8a9b-0000000d0b01", "00000000-0000-0000-0000-00000000d0b1", "Dana Twice", "dana@twice.example"),
                new RegisterCompany($"Twice Training {i}", "FR", "1 rue de Paris, Lyon", $"https://twice{i}.example", $"FR{i:000000000}",
                    "Dana Twice", "dana@twice.example"),
                CancellationToken.None);
        })));

        Assert.Single(results, r => r.IsDone);
        Assert.All(results.Where(r => !r.IsDone), r => Assert.Equal(RefusalCode.AlreadyMember, r.Refusal!.Code));
        var (companies, memberships) = await factory.WithDbAsync(async db => (
            await db.PartnerOrganisations.CountAsync(o => o.Name.StartsWith("Twice Training")),
            await db.PartnerUsers.CountAsync(u => u.TenantId == "0b5e7a10-1d2c-4e3f-8a9b-0000000d0b01")));
        Assert.Equal((1, 1), (companies, memberships));
    }
}
