using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Registration;

/// <summary>R-ORG-1: the registration form as a newcomer fills it in, over HTTP.</summary>
public static class RegistrationFlow
{
    public static (string Name, string Value)[] Fields(string legalName = "Litware Learning Ltd", string website = "https://www.litware-learning.example",
        string taxId = "GB 123 4567 89", bool accept = true) =>
    [
        ("Input.LegalName", legalName), ("Input.CountryCode", "GB"), ("Input.Address", "1 Station Road, Cambridge CB1 2JB"),
        ("Input.Website", website), ("Input.TaxId", taxId), ("Input.ContactName", "Casey Morgan"),
        ("Input.ContactEmail", "casey.morgan@litware-learning.example"), ("Input.AcceptAgreement", accept ? "true" : "false"),
    ];

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient newcomer, params (string Name, string Value)[] fields) =>
        newcomer.PostFormAsync("/register", "/register", fields);

    public static async Task AddTrainerAsync(HttpClient admin, string partnerId)
    {
        var page = $"/partners/{partnerId}/trainers";
        using var response = await admin.PostFormAsync(page, page, ("NewTrainer.Name", "Ada Park"), ("NewTrainer.MctId", "MCT-LIT-001"),
            ("NewTrainer.ValidUntil", "2027-12-31"), ("NewTrainer.EvidenceLink", "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
