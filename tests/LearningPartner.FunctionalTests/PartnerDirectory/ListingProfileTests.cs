using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.PartnerDirectory.DirectoryFlow;

namespace LearningPartner.FunctionalTests.PartnerDirectory;

/// <summary>
/// Issue 24: the description and logo a partner submits with its listing request (R-DIR-2) go through the editors' review
/// like the rest of it (R-DIR-3, R-DIR-4): the logo checked by content and size, the description's length beside its field,
/// nothing stored when refused, and the published listing unchanged until the new one is approved and published.
/// </summary>
public sealed class ListingProfileTests : IDisposable
{
    private const string Page = "/partners/4100001/directory";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] WebP = [.. "RIFF"u8.ToArray(), 0x24, 0, 0, 0, .. "WEBPVP8 "u8.ToArray()];
    private readonly PortalFactory _factory = new();

    public static TheoryData<string, int, string> RefusedLogos() => new()
    {
        { "logo.svg", 0, "Upload the logo as a PNG, JPEG or WebP image (.png, .jpg, .webp); SVG is not accepted." },
        { "logo.png", 0, "Upload the logo as a PNG, JPEG or WebP image (.png, .jpg, .webp); SVG is not accepted." }, // an SVG named .png
        { "logo.webp", 1, "Upload the logo as a PNG, JPEG or WebP image (.png, .jpg, .webp); SVG is not accepted." }, // a PNG named .webp
        { "logo.png", 2, "The logo is larger than 256 KB: choose an image of at most 256 KB." },
    };

    [Theory]
    [MemberData(nameof(RefusedLogos))]
    public async Task ALogoIsRefusedBesideItsFieldUnlessItIsASmallPngJpegOrWebPAndNothingIsStored(string fileName, int kind, string message)
    {
        byte[] content = kind switch
        {
            0 => "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
            1 => Png,
            _ => [.. Png, .. new byte[(256 * 1024) + 1 - Png.Length]], // one byte over 256 KB
        };
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var response = await SendAsync(admin, "Our courses.", (content, fileName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Input.Logo\"[^>]*>{Regex.Escape(message)}<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null(await PendingAsync(_factory, "4100001"));
    }

    [Fact]
    public async Task ADescriptionLongerThan500CharactersIsRefusedBesideItsField()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var response = await SendAsync(admin, new string('d', 501), null);
        var accepted = await SendAsync(admin, new string('d', 500), null);

        Assert.Matches("data-valmsg-for=\"Input.Description\"[^>]*>Use at most 500 characters.<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(500, (await PendingAsync(_factory, "4100001"))!.Description!.Length);
    }

    [Fact]
    public async Task AChangeIsReviewedWithItsDescriptionAndLogoAndThePublishedListingStaysUntilItIsPublished()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        using var anonymous = _factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(admin, "Azure courses in Seattle.", (WebP, "new-logo.webp"))).StatusCode);
        var pending = (await PendingAsync(_factory, "4100001"))!;
        Assert.Equal(("Azure courses in Seattle.", "image/webp"), (pending.Description, pending.LogoContentType));

        // The editors see both before approving; the editors' copy of the logo is theirs only.
        var queue = WebUtility.HtmlDecode(await editor.GetStringAsync("/staff/directory"));
        Assert.Contains("data-field=\"description\">Azure courses in Seattle.", queue);
        Assert.Contains($"<img class=\"partner-logo\" src=\"/staff/directory/{pending.Id}/logo\"", queue);
        Assert.Contains("(logo changed)", queue);
        var staffLogo = await editor.GetAsync($"/staff/directory/{pending.Id}/logo");
        Assert.Equal(("image/webp", "nosniff"), (staffLogo.Content.Headers.ContentType?.MediaType, staffLogo.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/directory/logos/{pending.Id}")).StatusCode);

        // Requested 2026-11-25: the batch of 2026-12, published 2027-01-07 (R-DIR-4). Until then the public page is the old one.
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(editor, pending.Id)).StatusCode);
        Assert.Contains("Instructor-led Microsoft training", await anonymous.GetStringAsync("/directory/4100001/contoso-learning"));
        _factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 7, 9, 0, 0, TimeSpan.Zero)); // a new day: the directory is built again
        var html = await anonymous.GetStringAsync("/directory/4100001/contoso-learning");
        Assert.Contains("Azure courses in Seattle.", html);
        Assert.Contains($"src=\"/directory/logos/{pending.Id}\"", html);
        Assert.Equal("image/webp", (await anonymous.GetAsync($"/directory/logos/{pending.Id}")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ThePartnerSeesTheDescriptionAndLogoItSentWhileTheyAwaitReviewAndNoOtherPartnerCan()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var reader = await _factory.SignedInClientAsync(Personas.ContosoUser);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);

        await SendAsync(admin, "Azure courses\nin Seattle.", (WebP, "new-logo.webp"));
        var pending = (await PendingAsync(_factory, "4100001"))!;

        var page = WebUtility.HtmlDecode(await reader.GetStringAsync(Page));
        Assert.Contains("Azure courses\nin Seattle.</dd>", page);
        Assert.Contains($"<img class=\"partner-logo\" src=\"/partners/4100001/directory/{pending.Id}/logo\"", page);
        var logo = await reader.GetAsync($"/partners/4100001/directory/{pending.Id}/logo");
        Assert.Equal(("image/webp", "nosniff"), (logo.Content.Headers.ContentType?.MediaType, logo.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(WebP, await logo.Content.ReadAsByteArrayAsync());
        // Under its own partner id or Contoso's, Fabrikam does not reach Contoso's request (R-ROLE-4).
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/4100002/directory/{pending.Id}/logo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/4100001/directory/{pending.Id}/logo")).StatusCode);
    }

    [Fact]
    public async Task AChangeWithoutANewFileKeepsThePublishedLogoAndCanRemoveIt()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var published = await _factory.WithDbAsync(db => db.DirectoryListings.AsNoTracking().SingleAsync(l => l.DisplayName == "Contoso Learning"));

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(admin, "Kept logo.", null)).StatusCode);
        var kept = (await PendingAsync(_factory, "4100001"))!;
        await _factory.WithDbAsync(async db => await db.DirectoryListings.Where(l => l.Id == kept.Id).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(admin, "No logo.", null, removeLogo: true)).StatusCode);
        var removed = (await PendingAsync(_factory, "4100001"))!;

        Assert.NotNull(published.LogoStorageKey);
        Assert.Equal((published.LogoStorageKey, "image/png"), (kept.LogoStorageKey, kept.LogoContentType));
        Assert.Null(removed.LogoStorageKey);
    }

    [Fact]
    public async Task TheRequestIsAuditedWithItsDescriptionAndLogo()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        await SendAsync(admin, "Audited text.", (Png, "logo.png"));

        var entry = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "DirectoryListingRequested")
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("\"Description\":\"Audited text.\"", entry.After);
        Assert.Contains("\"FileName\":\"logo.png\",\"ContentType\":\"image/png\",\"Bytes\":16", entry.After);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient admin, string description, (byte[] Content, string Name)? logo, bool removeLogo = false)
    {
        var token = await admin.GetAntiforgeryTokenAsync(Page);
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in Listing("Contoso Learning", "https://www.contoso-learning.example/microsoft-training"))
        {
            form.Add(new StringContent(value), $"Input.{name}");
        }

        form.Add(new StringContent(description), "Input.Description");
        if (removeLogo)
        {
            form.Add(new StringContent("true"), "Input.RemoveLogo");
        }

        if (logo is { } file)
        {
            form.Add(new ByteArrayContent(file.Content), "Input.Logo", file.Name);
        }

        return await admin.PostAsync(Page, form);
    }

    public void Dispose() => _factory.Dispose();
}
