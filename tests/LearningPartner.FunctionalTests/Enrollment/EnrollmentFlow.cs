using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>The steps of an enrollment as a partner admin and support staff take them, over HTTP.</summary>
public static class EnrollmentFlow
{
    /// <summary>Orders from the option's page with the request key the page generated; returns the response.</summary>
    public static async Task<HttpResponseMessage> OrderAsync(HttpClient admin, string partnerId, string optionPath, bool confirmPerformance = true)
    {
        var page = $"/partners/{partnerId}/enroll/{optionPath}";
        var key = await admin.HiddenValueAsync(page, "RequestKey");
        var parts = optionPath.Split('/');
        var level = parts[0] == "lap" ? "LearningActionPack" : parts[0];
        var competency = parts.Length > 1 ? parts[1] : string.Empty;
        var fields = new List<(string, string)> { ("Level", level), ("Competency", competency), ("RequestKey", key) };
        if (confirmPerformance)
        {
            fields.Add(("ConfirmPerformance", "true"));
        }

        return await admin.PostFormAsync(page, $"/partners/{partnerId}/enroll/order", fields.ToArray());
    }

    public static async Task<int> PlaceOrderAsync(HttpClient admin, string partnerId, string optionPath)
    {
        using var response = await OrderAsync(admin, partnerId, optionPath);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return PageValues.IdFromLocation(response);
    }

    public static async Task<HttpResponseMessage> UploadProofAsync(HttpClient admin, string partnerId, int orderId, byte[] content, string fileName)
    {
        var page = $"/partners/{partnerId}/orders/{orderId}";
        var token = await admin.GetAntiforgeryTokenAsync(page);
        return await admin.PostAsync($"{page}/proof", PageValues.ProofUpload(content, fileName, token));
    }

    /// <summary>Support confirms the only payment awaiting a decision for the order's reference.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient support, int paymentId)
    {
        var version = await support.FormValueAsync("/staff/payments", $"/staff/payments/{paymentId}/confirm", "version");
        return await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/confirm", ("version", version));
    }
}
