namespace LearningPartner.Web.Identity;

/// <summary>
/// The signed-in user's link as this request's claims transformation read it, with its organisation's data version: a
/// page of the user's own organisation keys its cache on that version instead of reading it again (issue 12).
/// </summary>
public sealed record RequestPartnerLink(PartnerLink Link)
{
    /// <summary>The link, if the request's user has one.</summary>
    public static PartnerLink? Of(HttpContext context) => context.Features.Get<RequestPartnerLink>()?.Link;
}
