using System.Text.RegularExpressions;

namespace LearningPartner.Web.Startup;

/// <summary>
/// The path the request log records. An invitation's link carries its secret token (R-ORG-2; only its hash is stored), so
/// the log keeps the route and drops the token: whoever reads the logs must not be able to accept someone's invitation.
/// </summary>
public static partial class RequestLogPath
{
    public static string Of(string path) => InvitationLink().Replace(path, "/invitations/{token}");

    [GeneratedRegex("^/invitations/[^/]+", RegexOptions.IgnoreCase)]
    private static partial Regex InvitationLink();
}
