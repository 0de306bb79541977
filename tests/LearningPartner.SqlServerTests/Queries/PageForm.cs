using System.Net;
using System.Text.RegularExpressions;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// A form on a portal page with the values a user would send without thinking: what the page filled in, the checked
/// boxes, each list's selected (or first) option, and a plain value of the right kind in each empty field. Files are left out.
/// </summary>
public sealed partial record PageForm(string Method, string Action, bool Multipart, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The form's kind: its method and its action with ids left out (one of each is sent).</summary>
    public string Shape => $"{Method} {Digits().Replace(Guids().Replace(Action.Split('?')[0], "{id}"), "{id}")}";

    public static IEnumerable<PageForm> On(string html, string page)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var tag = form.Groups[1].Value;
            var method = (Attribute(tag, "method") ?? "get").ToUpperInvariant();
            var action = WebUtility.HtmlDecode(Attribute(tag, "action") ?? page);
            if (!action.StartsWith('/') || action.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            yield return new PageForm(method, action, Attribute(tag, "enctype") == "multipart/form-data", Values(form.Groups[2].Value));
        }
    }

    public HttpRequestMessage Request()
    {
        if (Method == "GET")
        {
            var query = string.Join("&", Fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            return new HttpRequestMessage(HttpMethod.Get, Action.Split('?')[0] + "?" + query);
        }

        HttpContent content;
        if (Multipart)
        {
            var parts = new MultipartFormDataContent();
            foreach (var (name, value) in Fields)
            {
                parts.Add(new StringContent(value), name);
            }

            content = parts;
        }
        else
        {
            content = new FormUrlEncodedContent(Fields);
        }

        return new HttpRequestMessage(HttpMethod.Post, Action) { Content = content };
    }

    private static List<KeyValuePair<string, string>> Values(string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var radios = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(body))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name || tag.Contains(" disabled", StringComparison.Ordinal))
            {
                continue;
            }

            var type = Attribute(tag, "type") ?? "text";
            var value = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
            switch (type)
            {
                case "file" or "submit" or "reset" or "image":
                    continue;
                case "checkbox" when !Checked(tag):
                    continue;
                case "radio" when !Checked(tag) && !radios.Add(name):
                    continue;
                case "radio":
                    radios.Add(name);
                    break;
            }

            fields.RemoveAll(f => type == "radio" && f.Key == name);
            fields.Add(new(name, value.Length > 0 ? value : Plain(type)));
        }

        foreach (Match select in SelectPattern().Matches(body))
        {
            var options = OptionPattern().Matches(select.Groups[2].Value).Select(o => (Tag: o.Groups[1].Value, Text: o.Groups[2].Value)).ToList();
            var chosen = options.FirstOrDefault(o => o.Tag.Contains("selected", StringComparison.Ordinal));
            chosen = chosen.Tag is null ? options.FirstOrDefault(o => Attribute(o.Tag, "value") is { Length: > 0 }) : chosen;
            if (Attribute(select.Groups[1].Value, "name") is { } name && chosen.Tag is not null)
            {
                fields.Add(new(name, WebUtility.HtmlDecode(Attribute(chosen.Tag, "value") ?? chosen.Text)));
            }
        }

        foreach (Match area in TextAreaPattern().Matches(body))
        {
            if (Attribute(area.Groups[1].Value, "name") is { } name)
            {
                var text = WebUtility.HtmlDecode(area.Groups[2].Value).Trim();
                fields.Add(new(name, text.Length > 0 ? text : Plain("text")));
            }
        }

        if (ButtonPattern().Match(body) is { Success: true } button && Attribute(button.Value, "name") is { } buttonName)
        {
            fields.Add(new(buttonName, WebUtility.HtmlDecode(Attribute(button.Value, "value") ?? "")));
        }

        return fields;
    }

    private static string Plain(string type) => type switch
    {
        "date" => "2026-11-25",
        "month" => "2026-11",
        "number" => "1",
        "email" => "crawl@example.com",
        "url" => "https://example.com/",
        "hidden" => "",
        _ => "Crawl",
    };

    private static bool Checked(string tag) => CheckedPattern().IsMatch(tag);

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } found ? found.Groups[1].Value : null;

    [GeneratedRegex("<form([^>]*)>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option([^>]*)>(.*?)</option>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<textarea([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<button[^>]*type=\"submit\"[^>]*>")]
    private static partial Regex ButtonPattern();

    [GeneratedRegex(@"\schecked(\s|=|>|/)")]
    private static partial Regex CheckedPattern();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
