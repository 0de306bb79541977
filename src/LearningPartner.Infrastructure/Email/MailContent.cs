using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace LearningPartner.Infrastructure.Email;

/// <summary>
/// One email's words as a text part and an HTML part (multipart/alternative): the HTML is built from the same paragraphs, every
/// piece of text encoded, so no name, reason or address a user typed reaches the HTML unescaped.
/// </summary>
public sealed partial record MailContent(string Subject, string Text, string Html)
{
    /// <summary>Encodes markup characters (&lt; &gt; &amp; quotes); leaves letters of every script as they are, Chinese included.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Paragraphs of lines, then the link to the portal page the mail is about (absolute), as both parts.</summary>
    public static MailContent Of(string subject, IEnumerable<IReadOnlyList<string>> paragraphs, string? link = null)
    {
        var blocks = paragraphs.Where(p => p.Count > 0).ToList();
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(Encoder.Encode(subject)).Append("</title></head><body>");
        foreach (var lines in blocks)
        {
            text.Append(string.Join('\n', lines)).Append("\n\n");
            html.Append("<p>").Append(string.Join("<br>", lines.Select(Linked))).Append("</p>");
        }

        if (!string.IsNullOrEmpty(link))
        {
            text.Append(link).Append('\n');
            html.Append("<p><a href=\"").Append(Encoder.Encode(link)).Append("\">")
                .Append(Encoder.Encode(link)).Append("</a></p>");
        }

        return new MailContent(subject, text.ToString().TrimEnd() + "\n", html.Append("</body></html>").ToString());
    }

    /// <summary>A mail written as plain text (blank lines between paragraphs); its HTML part shows the same text, links clickable.</summary>
    public static MailContent FromText(string subject, string text) =>
        Of(subject, text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(p => (IReadOnlyList<string>)p.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList()));

    /// <summary>One line, encoded, with its http(s) addresses as links (the address encoded too).</summary>
    private static string Linked(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in Address().Matches(line))
        {
            html.Append(Encoder.Encode(line[at..match.Index]));
            var address = Encoder.Encode(match.Value);
            html.Append("<a href=\"").Append(address).Append("\">").Append(address).Append("</a>");
            at = match.Index + match.Length;
        }

        return html.Append(Encoder.Encode(line[at..])).ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Address();
}
