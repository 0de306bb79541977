using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// Directory listings of the demo world (issue 10), one per state: Contoso and Woodgrove published (Woodgrove with a
/// change awaiting review), Fabrikam approved but hidden because its silver option lapsed (R-DIR-5), Northwind's first
/// request waiting in a batch.
/// </summary>
internal static class DemoDirectoryListings
{
    private static readonly ListingAttestation Attested = new(true, true, true);

    public static void Add(PortalDbContext db, IReadOnlyDictionary<string, PartnerOrganisation> organisations, DateOnly today, DateTimeOffset now)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        Approved(db, organisations[DemoWorld.ContosoPartnerId], "Contoso Learning", "https://www.contoso-learning.example/microsoft-training",
            thisMonth.AddMonths(-2).AddDays(9), now);
        Approved(db, organisations[DemoWorld.WoodgrovePartnerId], "Woodgrove Institute", "https://woodgrove-institute.example/microsoft",
            thisMonth.AddMonths(-3).AddDays(9), now);
        Approved(db, organisations[DemoWorld.FabrikamPartnerId], "Fabrikam Training", "https://fabrikam-training.example/de/microsoft-kurse",
            thisMonth.AddMonths(-5).AddDays(9), now);
        Request(db, organisations[DemoWorld.WoodgrovePartnerId], "Woodgrove Institute of Technology",
            "https://woodgrove-institute.example/microsoft-learning", today.AddDays(-1), now);
        Request(db, organisations[DemoWorld.NorthwindPartnerId], "北风学院 Northwind Academy", "https://northwind-academy.example/microsoft",
            today.Day > 18 ? thisMonth.AddDays(17) : today, now);
    }

    private static DirectoryListing Request(PortalDbContext db, PartnerOrganisation organisation, string name, string url, DateOnly on, DateTimeOffset now)
    {
        var admin = DemoPersonas.All.First(p => p.PartnerId == organisation.PartnerId);
        var listing = new DirectoryListing(organisation.Id, new ListingDetails(name, organisation.CountryCode, url), Attested,
            $"{admin.ObjectId} ({admin.DisplayName})", on, now.AddDays(on.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber));
        db.DirectoryListings.Add(listing);
        return listing;
    }

    private static void Approved(PortalDbContext db, PartnerOrganisation organisation, string name, string url, DateOnly on, DateTimeOffset now)
    {
        var listing = Request(db, organisation, name, url, on, now);
        var editor = DemoPersonas.Editor;
        listing.Approve($"{editor.ObjectId} ({editor.DisplayName})", listing.RequestedAt.AddDays(7), on.AddDays(7), Attested);
    }
}
