using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>The steps of an enrollment as a partner admin and support staff take them, over HTTP.</summary>
public static partial class EnrollmentFlow
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

    /// <summary>Uploads a proof that declares the order's own amount and currency, as its page shows them (paid on 2026-11-24).</summary>
    public static async Task<HttpResponseMessage> UploadProofAsync(HttpClient admin, string partnerId, int orderId, byte[] content, string fileName)
    {
        var page = $"/partners/{partnerId}/orders/{orderId}";
        var price = OrderAmount().Match(await admin.GetStringAsync(page));
        Assert.True(price.Success, $"No amount on {page}");
        var token = await admin.GetAntiforgeryTokenAsync(page);
        return await admin.PostAsync($"{page}/proof", PageValues.ProofUpload(content, fileName, token,
            price.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal), price.Groups["currency"].Value));
    }

    /// <summary>Support confirms the payment with the order's exact amount received.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient support, int paymentId) =>
        await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/confirm",
            ExactReceipt(await support.GetStringAsync("/staff/payments"), paymentId));

    /// <summary>
    /// The confirm form's fields as support fills them from the bank statement (R-FEE-3) when the order's exact price arrived:
    /// the version, the order's amount and currency, today as value date (the field's maximum) and a bank reference.
    /// </summary>
    public static (string Name, string Value)[] ExactReceipt(string queue, int paymentId, params (string Name, string Value)[] changes)
    {
        var form = Regex.Match(queue, $"action=\"/staff/payments/{paymentId}/confirm\".*?</form>", RegexOptions.Singleline).Value;
        Assert.False(string.IsNullOrEmpty(form), $"No confirm form for payment {paymentId}");
        string Find(string pattern) => WebUtility.HtmlDecode(Regex.Match(form, pattern).Groups[1].Value);
        var fields = new Dictionary<string, string>
        {
            ["version"] = Find("name=\"version\" value=\"([^\"]+)\""),
            ["Confirmation.Amount"] = WebUtility.HtmlDecode(Regex.Match(queue, $"id=\"order-amount-{paymentId}\" value=\"([^\"]+)\"").Groups[1].Value),
            ["Confirmation.Currency"] = Find("name=\"Confirmation.Currency\"[^>]*value=\"([A-Z]{3})\""),
            ["Confirmation.ValueDate"] = Find("name=\"Confirmation.ValueDate\"[^>]*max=\"([0-9-]{10})\""),
            ["Confirmation.BankReference"] = "BANK-" + paymentId.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields.Select(f => (f.Key, f.Value)).ToArray();
    }

    [GeneratedRegex("id=\"order-amount\">(?<amount>[0-9,.]+) (?<currency>[A-Z]{3})<")]
    private static partial Regex OrderAmount();
}
