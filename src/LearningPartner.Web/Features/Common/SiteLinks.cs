using System.Collections.Concurrent;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// The layout's links, generated from the routes once — a partner's menu once per partner — rather than on every request:
/// the layout renders on every page, and generating its dozen links per request took a quarter of the signed-in layout's
/// throughput (bench/load.sh, issue 19). Paths are relative to the application; the layout adds the request's path base.
/// </summary>
public sealed class SiteLinks(LinkGenerator links)
{
    private readonly ConcurrentDictionary<string, PartnerMenu> _partners = new(StringComparer.Ordinal);
    private readonly Lazy<SiteMenu> _site = new(() => SiteMenu.From(links));

    /// <summary>The links every page may show: home, the staff pages, the public ones, sign-in and -out, the language.</summary>
    public SiteMenu Site => _site.Value;

    /// <summary>The menu of a partner's own pages.</summary>
    public PartnerMenu For(string partnerId) => _partners.GetOrAdd(partnerId, id => PartnerMenu.From(links, id));

    internal static PathString Path(LinkGenerator links, string action, string controller, object? values = null) =>
        links.GetPathByAction(action, controller, values) is { } path
            ? new PathString(path)
            : throw new InvalidOperationException($"No route to {controller}.{action}.");
}

/// <summary>The links of the site's menu and header.</summary>
public sealed record SiteMenu(
    PathString Home, PathString StaffPartners, PathString RuleSets, PathString Reminders, PathString Audit, PathString Payments,
    PathString Imports, PathString HeldInvoiceReview, PathString CaseReview, PathString PartnerUsers, PathString DirectoryReview,
    PathString Directory, PathString Resources, PathString Culture, PathString SignIn, PathString SignOut, PathString Dashboard)
{
    internal static SiteMenu From(LinkGenerator links)
    {
        PathString Index(string controller) => SiteLinks.Path(links, "Index", controller);
        return new SiteMenu(Index("Home"), Index("StaffPartners"), Index("RuleSets"), Index("Reminders"), Index("Audit"), Index("Payments"),
            Index("Imports"), Index("HeldInvoiceReview"), Index("CaseReview"), Index("PartnerUsers"), Index("DirectoryReview"),
            Index("Directory"), Index("Resources"), SiteLinks.Path(links, "Set", "Culture"), SiteLinks.Path(links, "SignIn", "Account"),
            SiteLinks.Path(links, "SignOutOfPortal", "Account"), SiteLinks.Path(links, "Dashboard", "Home"));
    }
}

/// <summary>The links of a partner's menu.</summary>
public sealed record PartnerMenu(
    PathString Overview, PathString Kpis, PathString Requirements, PathString Enroll, PathString Orders, PathString Trainers,
    PathString Exams, PathString HeldInvoices, PathString Cases, PathString Listing)
{
    internal static PartnerMenu From(LinkGenerator links, string partnerId)
    {
        PathString Index(string controller) => SiteLinks.Path(links, "Index", controller, new { partnerId });
        return new PartnerMenu(SiteLinks.Path(links, "Overview", "Partners", new { partnerId }), Index("Kpis"), Index("Requirements"),
            Index("Enrollments"), Index("Orders"), Index("Trainers"), Index("ExamPasses"), Index("HeldInvoices"), Index("DiscrepancyCases"),
            Index("Listings"));
    }
}
