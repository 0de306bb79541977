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

    [Fact]
    public async Task DefaultLinksReadInChineseForAChineseReader()
    {
        using var client = factory.CreatePortalClient();
        await client.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/resources"));

        // The third link is never edited by this class's tests.
        Assert.Contains(">新合作伙伴注册指南</a>", html);
        Assert.Contains(">培训公司如何注册，分步说明。</p>", html);
        Assert.DoesNotContain("Enrollment guide for new partners", html);
    }

    [Fact]
    public async Task StaffWriteAChineseTitleThatChineseReadersSeeAndEnglishReadersDoNot()
    {
        using var portal = new PortalFactory(); // its own links: the Chinese texts below are this test's alone
        using var support = await portal.SignedInClientAsync(Personas.Support);
        const string page = "/resources/LearningResources/edit";
        Assert.Contains("name=\"Input.TitleZh\"", await support.GetStringAsync(page));
        var version = await support.HiddenValueAsync(page, "Input.Version");

        using var saved = await support.PostFormAsync(page, page, ("Input.Title", "Community calls"),
            ("Input.Url", "https://learn.microsoft.com/training/"), ("Input.Description", "Recordings of the monthly calls."),
            ("Input.TitleZh", "社区电话会议"), ("Input.DescriptionZh", ""), ("Input.Version", version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var reader = portal.CreatePortalClient();
        var english = WebUtility.HtmlDecode(await reader.GetStringAsync("/resources"));
        Assert.Contains(">Community calls</a>", english);
        Assert.DoesNotContain("社区电话会议", english);
        await reader.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        var chinese = WebUtility.HtmlDecode(await reader.GetStringAsync("/resources"));
        Assert.Contains(">社区电话会议</a>", chinese);
        // No Chinese description: the English one, marked as English.
        Assert.Contains("<p lang=\"en\" data-user-text>Recordings of the monthly calls.</p>", chinese);
        Assert.DoesNotContain(">Community calls</a>", chinese);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "ResourceLinkChanged"));
        Assert.Equal("学习合作伙伴资源", TitleZh(audit.Before));
        Assert.Equal("社区电话会议", TitleZh(audit.After));
    }

    [Theory]
    [InlineData("TitleZh", 201, "", "Use at most 200 characters.")]
    [InlineData("DescriptionZh", 1001, "指南", "Use at most 1000 characters.")]
    [InlineData("DescriptionZh", 10, "", "Give the Chinese title too, or leave the Chinese description empty.")]
    public async Task BadChineseTextIsExplainedBesideItsField(string field, int length, string titleZh, string message)
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);
        const string page = "/resources/EnrollmentGuide/edit";
        var version = await ReadVersionAsync(client, page);
        var text = new string('中', length);

        using var response = await client.PostFormAsync(page, page, ("Input.Title", "Guide"), ("Input.Url", "https://example.com"),
            ("Input.TitleZh", field == "TitleZh" ? text : titleZh), ("Input.DescriptionZh", field == "DescriptionZh" ? text : ""),
            ("Input.Version", version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches($"data-valmsg-for=\"Input.{field}\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}<", html);
    }

    [Fact]
    public async Task APartnerUserCannotEditALinksChineseTitle()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoUser);
        const string page = "/resources/EnrollmentGuide/edit";
        var token = await admin.GetAntiforgeryTokenAsync("/resources");

        AssertDenied(await admin.GetAsync(page));
        using var post = await admin.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "Hijacked",
            ["Input.Url"] = "https://example.com",
            ["Input.TitleZh"] = "被篡改",
            ["Input.Version"] = Guid.Empty.ToString(),
        }));

        AssertDenied(post);
        Assert.DoesNotContain("被篡改", await factory.CreatePortalClient().GetStringAsync("/resources"));
    }

    /// <summary>R-ROLE-4: a partner's person is sent to the access-denied page (the access matrix's "Denied").</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.OriginalString);
    }

    private static string? TitleZh(string? auditValues) =>
        System.Text.Json.JsonDocument.Parse(auditValues!).RootElement.GetProperty("TitleZh").GetString();

    private static async Task<string> ReadVersionAsync(HttpClient client, string page = EditPage)
    {
        var html = await client.GetStringAsync(page);
        return VersionPattern().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersionPattern();
}
