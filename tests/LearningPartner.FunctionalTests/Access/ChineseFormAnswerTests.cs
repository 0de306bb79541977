using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Access;

/// <summary>
/// Issue 24, "zh-CN covers every validation message": every form the portal takes (each row of the write access matrix),
/// sent as it is in that matrix (mostly empty) by a persona it reaches, is answered in Chinese to a reader who chose zh-CN —
/// the messages beside the fields, the summary above them, and the status or refusal shown after a redirect. The browser walk
/// (ChineseCompletenessTests) reads pages as they first show; this reads what a form says back.
/// </summary>
public sealed partial class ChineseFormAnswerTests
{
    /// <summary>The persona that sends a row's form: the first of these the row reaches.</summary>
    private static readonly string?[] Senders =
        [Personas.ContosoAdmin, Personas.Support, Personas.Editor, Personas.ContosoUser, Personas.FabrikamAdmin, Personas.ContosoViewer, null];

    public static IEnumerable<object[]> Cases() => WriteAccessMatrix.Rows
        .Where(r => Sender(r) is not null)
        .Select(r => new object[] { r.RoutePattern, r.Url });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AFormIsAnsweredInChinese(string routePattern, string url)
    {
        var row = WriteAccessMatrix.Rows.Single(r => r.RoutePattern == routePattern && r.Url == url);
        using var factory = new PortalFactory();
        using var client = await factory.SignedInClientAsync(Sender(row)!.Value.Persona);
        await client.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        var token = await client.GetAntiforgeryTokenAsync("/resources");
        var fields = row.Form.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('='))
            .Select(f => new KeyValuePair<string, string>(f[0], f[1])).Append(new("__RequestVerificationToken", token));

        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        // A redirect is followed (a dashboard redirects once more) to the page that shows the status or refusal.
        for (var hops = 0; hops < 3 && response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { IsAbsoluteUri: false } location; hops++)
        {
            response.Dispose();
            response = await client.GetAsync(location);
        }

        var html = await response.Content.ReadAsStringAsync();
        response.Dispose();

        var english = Messages(html).Where(m => !HanPattern().IsMatch(m)).ToList();
        Assert.True(english.Count == 0, $"{url} answered in English: " + string.Join(" | ", english));
    }

    /// <summary>The check itself: a message without a Chinese character is found, one with Chinese is not.</summary>
    [Fact]
    public void TheCheckFindsAMessageWithoutChinese()
    {
        const string page = """
            <span class="field-error field-validation-error" data-valmsg-for="Input.Name">Enter a name.</span>
            <div class="validation-summary validation-summary-errors" role="alert"><ul><li>请输入名称。</li><li>Choose a file.</li></ul></div>
            <p class="notice notice-success" role="status">已保存 Contoso Learning。</p>
            """;

        Assert.Equal(["Enter a name.", "请输入名称。", "Choose a file.", "已保存 Contoso Learning。"], Messages(page));
        Assert.Equal(["Enter a name.", "Choose a file."], Messages(page).Where(m => !HanPattern().IsMatch(m)));
    }

    private static (string? Persona, int Column)? Sender(AccessRow row) =>
        Senders.Select(p => (Persona: p, Column: Array.IndexOf(AccessMatrix.PersonaColumns, p)))
            .Where(s => row.Expected[s.Column] == Expect.Reached)
            .Select(s => ((string? Persona, int Column)?)s)
            .FirstOrDefault();

    /// <summary>The text of each field message, summary line and status or alert paragraph, tags removed.</summary>
    internal static List<string> Messages(string html) =>
        [.. MessagePattern().Matches(html)
            .SelectMany(m => m.Groups["list"].Success ? ItemPattern().Matches(m.Groups["list"].Value).Select(i => i.Groups["text"].Value) : [m.Groups["text"].Value])
            .Select(t => WebUtility.HtmlDecode(TagPattern().Replace(t, " ")))
            .Select(t => WhitespacePattern().Replace(t, " ").Trim())
            .Where(t => t.Length > 0)];

    [GeneratedRegex("<li[^>]*>(?<text>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex("""<span class="field-error[^"]*"[^>]*>(?<text>[^<]+)</span>|<div class="validation-summary[^"]*"[^>]*>\s*<ul>(?<list>.*?)</ul>|<p [^>]*role="(?:status|alert)"[^>]*>(?<text>.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex MessagePattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanPattern();
}
