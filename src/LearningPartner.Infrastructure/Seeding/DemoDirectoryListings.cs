using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// Directory listings of the demo world (issue 10), one per state: Contoso and Woodgrove published (Woodgrove with a
/// change awaiting review), Fabrikam approved but hidden because its silver option lapsed (R-DIR-5), Northwind's first
/// request waiting in a batch. Each gives a description; Contoso's listing also a logo (issue 24), Woodgrove's none, so
/// both looks show.
/// </summary>
internal static class DemoDirectoryListings
{
    private static readonly ListingAttestation Attested = new(true, true, true);

    public static async Task AddAsync(PortalDbContext db, DocumentStore documents, IReadOnlyDictionary<string, PartnerOrganisation> organisations,
        DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var contosoLogo = new ListingLogo(await documents.SaveAsync(DemoLogo.Png(64, 0x00, 0x78, 0xD4), cancellationToken), "image/png");
        Approved(db, organisations[DemoWorld.ContosoPartnerId], "Contoso Learning", "https://www.contoso-learning.example/microsoft-training",
            "Instructor-led Microsoft training in Seattle and online: Azure, Microsoft 365 and security courses for teams of every size.",
            thisMonth.AddMonths(-2).AddDays(9), now, contosoLogo);
        Approved(db, organisations[DemoWorld.WoodgrovePartnerId], "Woodgrove Institute", "https://woodgrove-institute.example/microsoft",
            "Data platform and analytics courses in London, taught by Microsoft Certified Trainers.", thisMonth.AddMonths(-3).AddDays(9), now);
        Approved(db, organisations[DemoWorld.FabrikamPartnerId], "Fabrikam Training", "https://fabrikam-training.example/de/microsoft-kurse",
            "Microsoft-Kurse in München und online.", thisMonth.AddMonths(-5).AddDays(9), now);
        Request(db, organisations[DemoWorld.WoodgrovePartnerId], "Woodgrove Institute of Technology",
            "https://woodgrove-institute.example/microsoft-learning",
            "Data platform, analytics and AI courses in London and online, taught by Microsoft Certified Trainers.", today.AddDays(-1), now);
        Request(db, organisations[DemoWorld.NorthwindPartnerId], "北风学院 Northwind Academy", "https://northwind-academy.example/microsoft",
            "面向企业团队的 Microsoft 云课程。", today.Day > 18 ? thisMonth.AddDays(17) : today, now);
    }

    private static DirectoryListing Request(PortalDbContext db, PartnerOrganisation organisation, string name, string url, string description,
        DateOnly on, DateTimeOffset now, ListingLogo? logo = null)
    {
        var admin = DemoPersonas.All.First(p => p.PartnerId == organisation.PartnerId);
        var listing = new DirectoryListing(organisation.Id, new ListingDetails(name, organisation.CountryCode, url, description), Attested,
            $"{admin.ObjectId} ({admin.DisplayName})", on, now.AddDays(on.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber), logo);
        db.DirectoryListings.Add(listing);
        return listing;
    }

    private static void Approved(PortalDbContext db, PartnerOrganisation organisation, string name, string url, string description, DateOnly on,
        DateTimeOffset now, ListingLogo? logo = null)
    {
        var listing = Request(db, organisation, name, url, description, on, now, logo);
        var editor = DemoPersonas.Editor;
        listing.Approve($"{editor.ObjectId} ({editor.DisplayName})", listing.RequestedAt.AddDays(7), on.AddDays(7), Attested);
    }
}
