using LearningPartner.Application.Common;

namespace LearningPartner.Web.Identity;

/// <summary>
/// The signed-in user's own organisation as this request's claims transformation read it (ADR-002), with its data version:
/// a page of the user's own organisation keys its cache on that version instead of reading it again (issue 12).
/// </summary>
public sealed record RequestPartner(PartnerContext Partner)
{
    /// <summary>The user's organisation, if the request's user has one.</summary>
    public static PartnerContext? Of(HttpContext context) => context.Features.Get<RequestPartner>()?.Partner;
}
