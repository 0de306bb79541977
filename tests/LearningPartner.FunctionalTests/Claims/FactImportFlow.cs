using System.Net;
using System.Text;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Claims;

/// <summary>Support's MCT roster and exam results imports as a browser sends them, over HTTP (R-MCT-1).</summary>
public static class FactImportFlow
{
    public const string RosterHeader = "PartnerId,MctId,Name,Email,ValidUntil";

    public const string ExamHeader = "PartnerId,PersonName,ExamCode,PassedOn";

    /// <summary>Sends a file to "mct-roster" or "exam-results"; the response is the redirect to its preview or the refusing page.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient support, string kind, string content, string name = "records.csv")
    {
        var token = await support.GetAntiforgeryTokenAsync("/staff/fact-imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", name },
        };
        return await support.PostAsync($"/staff/fact-imports/{kind}", form);
    }

    /// <summary>Uploads a file and returns its preview's address (the upload must be accepted).</summary>
    public static async Task<string> UploadAsync(HttpClient support, string kind, string content)
    {
        using var response = await SendAsync(support, kind, content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Commits a preview as its page's button does; the response is the redirect back to the preview.</summary>
    public static async Task<HttpResponseMessage> CommitAsync(HttpClient support, string preview)
    {
        var version = await support.FormValueAsync(preview, $"{preview}/commit", "version");
        return await support.PostFormAsync(preview, $"{preview}/commit", ("version", version));
    }

    /// <summary>The preview's rows as (line, outcome) pairs, in file order.</summary>
    public static async Task<List<(int Line, string Outcome)>> RowsAsync(HttpClient support, string preview)
    {
        var page = await support.GetStringAsync(preview);
        return [.. System.Text.RegularExpressions.Regex.Matches(page, "data-line=\"(\\d+)\" data-outcome=\"(\\w+)\"")
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value))];
    }
}
