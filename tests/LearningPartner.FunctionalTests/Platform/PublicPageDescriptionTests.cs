using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>Issue 24: every public page says what it is in a meta description of its own, in the reader's language.</summary>
public sealed partial class PublicPageDescriptionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string> PublicPages() => new()
    {
        { "/", "track the KPIs their courseware earns", "跟踪其课件获得的 KPI" },
        { "/directory", "Find a Microsoft Learning Partner", "查找 Microsoft 学习合作伙伴" },
        { "/account/sign-in", "Sign in to the Learning Partner Portal", "登录学习合作伙伴门户" },
        { "/resources", "Guides and links for Learning Partners", "学习合作伙伴的指南和链接" },
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task APublicPageHasItsOwnMetaDescriptionInTheReadersLanguage(string url, string english, string chinese)
    {
        using var client = factory.CreatePortalClient();

        Assert.Contains(english, await DescriptionAsync(client, url), StringComparison.Ordinal);
        await client.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        Assert.Contains(chinese, await DescriptionAsync(client, url), StringComparison.Ordinal);
    }

    private static async Task<string> DescriptionAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(Assert.Single(Description().Matches(html)).Groups[1].Value);
    }

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]+)\" />")]
    private static partial Regex Description();
}
