using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Imports;

/// <summary>Support's Courseware Marketplace import as a browser sends it, over HTTP.</summary>
public static class ImportFlow
{
    /// <summary>The export's columns, as the marketplace writes them.</summary>
    public const string Header = "PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency";

    /// <summary>Uploads a file and returns its preview's address (the upload must be accepted).</summary>
    public static async Task<string> UploadAsync(HttpClient support, byte[] content, string name, Guid? progressId = null)
    {
        var token = await support.GetAntiforgeryTokenAsync("/staff/imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", name },
            { new StringContent((progressId ?? Guid.NewGuid()).ToString()), "progressId" },
        };
        using var response = await support.PostAsync("/staff/imports", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Commits a preview as its page's button does (the commit must be accepted).</summary>
    public static async Task CommitAsync(HttpClient support, string preview)
    {
        var version = await support.FormValueAsync(preview, $"{preview}/commit", "version");
        using var response = await support.PostFormAsync(preview, $"{preview}/commit", ("version", version));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
