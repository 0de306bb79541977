using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningPartner.FunctionalTests.Support;

/// <summary>
/// A small MIME reader for the .eml files System.Net.Mail writes: unfolded headers, encoded-word subjects, multipart
/// boundaries, quoted-printable and base64 bodies — enough to read back what the portal sent, not a general mail parser.
/// </summary>
public static partial class MailFiles
{
    /// <summary>The mails in <paramref name="folder"/>, oldest first; none when the folder does not exist.</summary>
    public static IReadOnlyList<ReceivedMail> In(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Select(Read).OrderBy(m => m.WrittenAt)]
            : [];

    public static ReceivedMail Read(string path)
    {
        var (headers, body) = Split(File.ReadAllText(path));
        var parts = new List<(string Type, string Content)>();
        Collect(headers, body, parts);
        return new ReceivedMail(Header(headers, "To"), DecodeWords(Header(headers, "Subject")),
            parts.FirstOrDefault(p => p.Type == "text/plain").Content ?? string.Empty,
            parts.FirstOrDefault(p => p.Type == "text/html").Content ?? string.Empty,
            File.GetLastWriteTimeUtc(path));
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string entity)
    {
        entity = entity.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = entity.IndexOf("\n\n", StringComparison.Ordinal);
        var (head, body) = end < 0 ? (entity, string.Empty) : (entity[..end], entity[(end + 2)..]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim(); // a folded header continues
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && !headers.ContainsKey(line[..colon]))
            {
                last = line[..colon];
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, body);
    }

    /// <summary>Leaf parts by media type, decoded; a multipart entity's parts in order.</summary>
    private static void Collect(Dictionary<string, string> headers, string body, List<(string Type, string Content)> parts)
    {
        var contentType = Header(headers, "Content-Type");
        var type = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var boundary = Boundary().Match(contentType).Groups[1].Value;
            var sections = body.Split("--" + boundary);
            // Before the first boundary is the preamble; "--" after the last one closes the entity.
            foreach (var section in sections.Skip(1).Where(s => !s.StartsWith("--", StringComparison.Ordinal)))
            {
                var (partHeaders, partBody) = Split(section.TrimStart('\n'));
                Collect(partHeaders, partBody, parts);
            }

            return;
        }

        var bytes = Header(headers, "Content-Transfer-Encoding").ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(Whitespace().Replace(body, string.Empty)),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.UTF8.GetBytes(body),
        };
        parts.Add((type.Length == 0 ? "text/plain" : type, Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    private static byte[] QuotedPrintable(string body)
    {
        var text = body.Replace("=\n", string.Empty, StringComparison.Ordinal); // soft line breaks
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length
                && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>RFC 2047 encoded words ("=?utf-8?B?…?="), adjacent ones joined without the whitespace between them.</summary>
    private static string DecodeWords(string value) =>
        EncodedWord().Replace(Between().Replace(value, "$1$2"), m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            var payload = m.Groups[3].Value;
            return m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? charset.GetString(Convert.FromBase64String(payload))
                : charset.GetString(QuotedPrintable(payload.Replace('_', ' ')));
        });

    private static string Header(Dictionary<string, string> headers, string name) => headers.GetValueOrDefault(name, string.Empty);

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex Between();
}
