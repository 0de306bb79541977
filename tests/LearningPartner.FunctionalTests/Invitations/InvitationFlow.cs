using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Invitations;

/// <summary>R-ORG-2 in the browser's terms: a partner admin's invite form, the link in the outbox, the Accept button.</summary>
internal static partial class InvitationFlow
{
    public const string ContosoInvitations = "/partners/4100001/invitations";

    /// <summary>Greta Vogel, Fabrikam's partner admin: the colleague Contoso invites (her token's preferred_username).</summary>
    public const string GretaEmail = "greta.vogel@fabrikam-training.example";

    public static Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role = "PartnerUser") =>
        admin.PostFormAsync(ContosoInvitations, ContosoInvitations, ("NewInvitation.Email", email), ("NewInvitation.Role", role));

    /// <summary>The tokens of the invitation links mailed to <paramref name="email"/>, oldest first.</summary>
    public static IReadOnlyList<string> TokensMailedTo(PortalFactory factory, string email)
    {
        return [.. MailFiles.In(factory.DatabasePath + "-outbox")
            .Where(m => m.IsTo(email))
            .SelectMany(m => Link().Matches(m.Text).Select(x => x.Groups[1].Value))];
    }

    public static async Task<HttpResponseMessage> AcceptAsync(HttpClient client, string token)
    {
        var antiforgery = await client.GetAntiforgeryTokenAsync("/resources");
        return await client.PostAsync($"/invitations/{token}",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", antiforgery)]));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url)
    {
        var antiforgery = await client.GetAntiforgeryTokenAsync("/resources");
        return await client.PostAsync(url, new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", antiforgery)]));
    }

    public static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"/invitations/([A-Za-z0-9_-]{43})\b")]
    private static partial Regex Link();
}
