using System.Net;
using System.Text.RegularExpressions;

namespace LearningPartner.FunctionalTests.Support;

/// <summary>Reads hidden form values out of a page, as a browser would submit them.</summary>
public static partial class PageValues
{
    public static async Task<string> HiddenValueAsync(this HttpClient client, string pageUrl, string name)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No hidden '{name}' on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>A hidden value inside the form that posts to <paramref name="action"/>.</summary>
    public static async Task<string> FormValueAsync(this HttpClient client, string pageUrl, string action, string name)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = Regex.Match(html, $"action=\"{Regex.Escape(action)}\"[^>]*>(?:(?!</form>).)*?name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"",
            RegexOptions.Singleline);
        Assert.True(match.Success, $"No '{name}' in the form posting to {action} on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The id at the end of a redirect such as /partners/4100003/orders/12.</summary>
    public static int IdFromLocation(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return int.Parse(TrailingNumber().Match(location).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A proof of payment with what it shows (R-FEE-3): by default 1,650.00 USD paid on 2026-11-24 with bank reference
    /// FT2611240001 — a test of another amount says so.
    /// </summary>
    public static MultipartFormDataContent ProofUpload(byte[] content, string fileName, string token, string amount = "1650.00",
        string currency = "USD", string paidOn = "2026-11-24", string bankReference = "FT2611240001")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(paidOn), "Declared.PaidOn" },
            { new StringContent(amount), "Declared.Amount" },
            { new StringContent(currency), "Declared.Currency" },
            { new StringContent(bankReference), "Declared.BankReference" },
            { new ByteArrayContent(content), "proof", fileName },
        };
        return form;
    }

    public static readonly byte[] PdfProof = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [GeneratedRegex(@"\d+$")]
    private static partial Regex TrailingNumber();
}
