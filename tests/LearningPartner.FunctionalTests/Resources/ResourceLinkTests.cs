using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Resources;

/// <summary>R-RES-1: announcements, learning resources and the enrollment guide; staff (support and directory editors) edit them.</summary>
public sealed partial class ResourceLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string EditPage = "/resources/LearningResources/edit";

    [Fact]
    public async Task AnyoneSeesTheThreeProgramLinks()
    {
        using var client = factory.CreatePortalClient();

        var html = await client.GetStringAsync("/resources");

        // Other tests of this class edit the first two links' titles; the third is never edited.
        Assert.Equal(3, html.Split("<li class=\"card\">").Length - 1);
        Assert.Contains("Enrollment guide for new partners", html);
        Assert.DoesNotContain("/edit", html);
    }

    [Fact]
    public async Task SupportEditsALinkAndTheChangeIsAudited()
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);
        var version = await ReadVersionAsync(client);

        using var response = await client.PostFormAsync(EditPage, EditPage,
            ("Input.Title", "Community calls and program documents"), ("Input.Url", "https://learn.microsoft.com/training/community-calls"),
            ("Input.Description", "Recordings of the monthly calls."), ("Input.Version", version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Community calls and program documents", await client.GetStringAsync("/resources"));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "ResourceLinkChanged"));
        Assert.Contains("Learning partner resources", audit.Before);
        Assert.Contains("Community calls and program documents", audit.After);
    }

    [Fact]
    public async Task ADirectoryEditorIsStaffAndEditsALinkToo()
    {
        using var portal = new PortalFactory(); // its own database: the audit entry is this test's alone
        using var editor = await portal.SignedInClientAsync(Personas.Editor);
        const string Guide = "/resources/EnrollmentGuide/edit";
        Assert.Contains(Guide, await editor.GetStringAsync("/resources"));
        var version = await editor.HiddenValueAsync(Guide, "Input.Version");

        using var response = await editor.PostFormAsync(Guide, Guide, ("Input.Title", "How to enroll"),
            ("Input.Url", "https://learn.microsoft.com/partner-center/enroll"), ("Input.Description", ""), ("Input.Version", version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("How to enroll", await editor.GetStringAsync("/resources"));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "ResourceLinkChanged"));
        Assert.Contains("How to enroll", audit.After);
    }

    [Fact]
    public async Task AStaleEditIsRefusedNotSilentlyOverwritten()
    {
        using var first = await factory.SignedInClientAsync(Personas.Support);
        using var second = await factory.SignedInClientAsync(Personas.Support);
        const string page = "/resources/ProgramAnnouncements/edit";
        var staleVersion = await ReadVersionAsync(second, page);
        var freshVersion = await ReadVersionAsync(first, page);
        using var saved = await first.PostFormAsync(page, page, ("Input.Title", "Announcements (first editor)"),
            ("Input.Url", "https://learn.microsoft.com/partner-center/announcements/"), ("Input.Version", freshVersion));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await second.PostFormAsync(page, page, ("Input.Title", "Announcements (second editor)"),
            ("Input.Url", "https://learn.microsoft.com/partner-center/announcements/"), ("Input.Version", staleVersion));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this link while you were editing it.", await stale.Content.ReadAsStringAsync());
        var html = await first.GetStringAsync("/resources");
        Assert.Contains("Announcements (first editor)", html);
        Assert.DoesNotContain("Announcements (second editor)", html);
    }

    [Theory]
    [InlineData("", "https://example.com", "Enter a title.")]
    [InlineData("Guide", "not a url", "Enter a full web address starting with https:// or http://.")]
    [InlineData("Guide", "javascript:alert(1)", "Enter a full web address starting with https:// or http://.")]
    [InlineData("Guide", "", "Enter the address of the page.")]
    public async Task BadInputIsExplainedBesideTheField(string title, string url, string message)
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);
        var version = await ReadVersionAsync(client, "/resources/EnrollmentGuide/edit");

        using var response = await client.PostFormAsync("/resources/EnrollmentGuide/edit", "/resources/EnrollmentGuide/edit",
            ("Input.Title", title), ("Input.Url", url), ("Input.Version", version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<string> ReadVersionAsync(HttpClient client, string page = EditPage)
    {
        var html = await client.GetStringAsync(page);
        return VersionPattern().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersionPattern();
}
