using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// The layout's links, generated from the routes once — a partner's menu once per partner — and kept HTML-encoded, rather
/// than generated on every request: the layout renders on every page, and generating its dozen links per request took a
/// quarter of the signed-in layout's throughput (bench/load.sh, issue 19). Each is kept under the request's path base.
/// </summary>
public sealed class SiteLinks(LinkGenerator links)
{
    private readonly ConcurrentDictionary<string, SiteMenu> _sites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string PathBase, string PartnerId), PartnerMenu> _partners = new();

    /// <summary>The links every page may show: home, the staff pages, the public ones, sign-in and -out, the language.</summary>
    public SiteMenu Site(HttpContext context) =>
        _sites.GetOrAdd(context.Request.PathBase.Value ?? string.Empty, pathBase => SiteMenu.From(links, pathBase));

    /// <summary>The menu of a partner's own pages.</summary>
    public PartnerMenu For(HttpContext context, string partnerId) =>
        _partners.GetOrAdd((context.Request.PathBase.Value ?? string.Empty, partnerId), key => PartnerMenu.From(links, key.PathBase, key.PartnerId));

    internal static HtmlString Href(LinkGenerator links, string pathBase, string action, string controller, object? values = null) =>
        links.GetPathByAction(action, controller, values, new PathString(pathBase)) is { } path
            ? new HtmlString(HtmlEncoder.Default.Encode(path))
            : throw new InvalidOperationException($"No route to {controller}.{action}.");
}

/// <summary>The links of the site's menu and header.</summary>
public sealed record SiteMenu(
    HtmlString Home, HtmlString Dashboard, HtmlString StaffPartners, HtmlString RuleSets, HtmlString Reminders, HtmlString Audit,
    HtmlString Payments, HtmlString Imports, HtmlString HeldInvoiceReview, HtmlString CaseReview, HtmlString PartnerUsers,
    HtmlString RegistrationReview, HtmlString ClaimReview, HtmlString DirectoryReview, HtmlString Directory, HtmlString Resources, HtmlString Culture, HtmlString SignIn, HtmlString SignOut)
{
    internal static SiteMenu From(LinkGenerator links, string pathBase)
    {
        HtmlString Href(string action, string controller) => SiteLinks.Href(links, pathBase, action, controller);
        HtmlString Index(string controller) => Href("Index", controller);
        return new SiteMenu(Index("Home"), Href("Dashboard", "Home"), Index("StaffPartners"), Index("RuleSets"), Index("Reminders"),
            Index("Audit"), Index("Payments"), Index("Imports"), Index("HeldInvoiceReview"), Index("CaseReview"), Index("PartnerUsers"),
            Index("RegistrationReview"), Index("ClaimReview"), Index("DirectoryReview"), Index("Directory"), Index("Resources"), Href("Set", "Culture"), Href("SignIn", "Account"),
            Href("SignOutOfPortal", "Account"));
    }
}

/// <summary>The links of a partner's menu.</summary>
public sealed record PartnerMenu(
    HtmlString Overview, HtmlString Kpis, HtmlString Requirements, HtmlString Enroll, HtmlString Orders, HtmlString Trainers,
    HtmlString Exams, HtmlString HeldInvoices, HtmlString Cases, HtmlString Listing, HtmlString Activity, HtmlString Invitations)
{
    internal static PartnerMenu From(LinkGenerator links, string pathBase, string partnerId)
    {
        HtmlString Index(string controller) => SiteLinks.Href(links, pathBase, "Index", controller, new { partnerId });
        return new PartnerMenu(SiteLinks.Href(links, pathBase, "Overview", "Partners", new { partnerId }), Index("Kpis"),
            Index("Requirements"), Index("Enrollments"), Index("Orders"), Index("Trainers"), Index("ExamPasses"), Index("HeldInvoices"),
            Index("DiscrepancyCases"), Index("Listings"), Index("Activity"), Index("Invitations"));
    }
}
