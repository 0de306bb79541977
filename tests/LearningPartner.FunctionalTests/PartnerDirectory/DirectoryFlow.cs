using System.Net;
using System.Text.Json;

using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.PartnerDirectory;

/// <summary>The steps of a listing as a browser takes them, and arrangements of partners the directory can show.</summary>
internal static class DirectoryFlow
{
    public static readonly ListingAttestation Attested = new(true, true, true);

    public static Dictionary<string, string> Listing(string name = "Contoso Learning Center", string url = "https://www.contoso-learning.example/ms") => new()
    {
        ["DisplayName"] = name,
        ["CountryCode"] = "US",
        ["LandingPageUrl"] = url,
        ["OnlyAboutThePartner"] = "true",
        ["NoCompetitors"] = "true",
        ["OwnedByThePartner"] = "true",
    };

    public static Task<HttpResponseMessage> RequestAsync(HttpClient admin, string partnerId, Dictionary<string, string> fields) =>
        admin.PostFormAsync($"/partners/{partnerId}/directory", $"/partners/{partnerId}/directory",
            fields.Select(f => new KeyValuePair<string, string>($"Input.{f.Key}", f.Value)));

    public static async Task<HttpResponseMessage> ApproveAsync(HttpClient editor, int listingId, bool onlyAbout = true, bool noCompetitors = true,
        bool owned = true)
    {
        var fields = new List<(string, string)> { ("Version", await editor.FormValueAsync("/staff/directory", $"/staff/directory/{listingId}/approve", "Version")) };
        if (onlyAbout)
        {
            fields.Add(("OnlyAboutThePartner", "true"));
        }

        if (noCompetitors)
        {
            fields.Add(("NoCompetitors", "true"));
        }

        if (owned)
        {
            fields.Add(("OwnedByThePartner", "true"));
        }

        return await editor.PostFormAsync("/staff/directory", $"/staff/directory/{listingId}/approve", [.. fields]);
    }

    public static async Task<HttpResponseMessage> RejectAsync(HttpClient editor, int listingId, string reason) =>
        await editor.PostFormAsync("/staff/directory", $"/staff/directory/{listingId}/reject",
            ("version", await editor.FormValueAsync("/staff/directory", $"/staff/directory/{listingId}/reject", "version")), ("reason", reason));

    public static Task<DirectoryListing?> PendingAsync(PortalFactory factory, string partnerId) =>
        factory.WithDbAsync(db => (from l in db.DirectoryListings.AsNoTracking()
                                   join o in db.PartnerOrganisations on l.PartnerOrganisationId equals o.Id
                                   where o.PartnerId == partnerId && l.Status == ListingStatus.Requested
                                   select l).FirstOrDefaultAsync());

    /// <summary>The names on one page of the public API's answer, in order, and the total.</summary>
    public static async Task<(List<string> Names, int Total)> PublicAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/v1/directory" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList(),
            json.RootElement.GetProperty("total").GetInt32());
    }

    /// <summary>
    /// A partner with an option held since <paramref name="activatedOn"/> and a listing approved in the batch of
    /// <paramref name="requestedOn"/> — arranged in the database, as the flows above would leave it.
    /// </summary>
    public static Task<int> ListedPartnerAsync(PortalFactory factory, string partnerId, string name, string country, LearningLevel level,
        string? competency, DateOnly activatedOn, DateOnly requestedOn, string? url = null) =>
        factory.WithDbAsync(async db =>
        {
            var organisation = new PartnerOrganisation(partnerId, name, country);
            db.PartnerOrganisations.Add(organisation);
            await db.SaveChangesAsync();
            var enrollment = new Domain.Enrollments.Enrollment(organisation.Id, level, competency, PortalFactory.Now);
            enrollment.Activate(activatedOn);
            db.Enrollments.Add(enrollment);
            var listing = new DirectoryListing(organisation.Id, new ListingDetails(name, country, url ?? $"https://partner-{partnerId}.example/microsoft"),
                Attested, "test", requestedOn, PortalFactory.Now);
            listing.Approve("editor", PortalFactory.Now, requestedOn, Attested); // approved in time: published on its batch's day
            db.DirectoryListings.Add(listing);
            await db.SaveChangesAsync();
            return listing.Id;
        });
}
