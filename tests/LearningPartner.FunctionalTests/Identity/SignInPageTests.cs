using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Identity;

/// <summary>Issue 24: the sign-in page names each persona's role in words, in the reader's language, never as its app-role code.</summary>
public sealed partial class SignInPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EachPersonaShowsItsRoleInWords()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetStringAsync("/account/sign-in");
        var tags = PersonaTags().Matches(page).SelectMany(p => Tag().Matches(p.Value)).Select(m => m.Groups[1].Value).ToList();

        // 4 partner admins, an account admin, a partner user, a report viewer, support staff, a directory editor (README).
        Assert.Equal(["Account admin", "Directory editor", "Partner admin", "Partner user", "Report viewer", "Support staff"],
            tags.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(4, tags.Count(t => t == "Partner admin"));
        Assert.DoesNotMatch(">(PartnerAdmin|AccountAdmin|PartnerUser|ReportViewer|SupportStaff|DirectoryEditor)<", page);
    }

    [Fact]
    public async Task InChineseTheRolesAreChinese()
    {
        using var client = factory.CreatePortalClient();
        await client.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));

        var page = await client.GetStringAsync("/account/sign-in");

        Assert.Contains("<span class=\"tag\">合作伙伴管理员</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">报表查看者</span>", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"tags\">.*?</p>", RegexOptions.Singleline)]
    private static partial Regex PersonaTags();

    [GeneratedRegex("<span class=\"tag\">([^<]+)</span>")]
    private static partial Regex Tag();
}
