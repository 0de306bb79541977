namespace LearningPartner.Web.Identity;

/// <summary>
/// The organisation a person who belongs to several last chose to act for (R-ROLE-6): a partner id in a cookie, used on
/// pages whose address names no organisation. It grants nothing by itself: the membership is checked on every request.
/// </summary>
public static class ActingFor
{
    public const string CookieName = "LearningPartner.ActingFor";

    public static void Remember(HttpResponse response, string partnerId, bool secure) =>
        response.Cookies.Append(CookieName, partnerId, new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
}
