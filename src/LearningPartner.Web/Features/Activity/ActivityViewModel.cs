using LearningPartner.Application.Audit;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Activity;

/// <summary>The activity log page: the page of entries, the filter as typed (shown back in the form), the program's time zone.</summary>
public sealed record ActivityViewModel(PartnerActivityPage Log, ActivityFilterInput Input, string TimeZone)
{
    /// <summary>The route of the applied filter's export: every matching entry.</summary>
    public Dictionary<string, string> ExportRoute() => Route(null);

    /// <summary>The route of another page of the applied filter.</summary>
    public Dictionary<string, string> PageRoute(int page) => Route(page);

    private Dictionary<string, string> Route(int? page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["partnerId"] = Log.Partner.PartnerId };
        var filter = Log.Filter;
        if (filter.From is { } from)
        {
            values["from"] = DateInput.Format(from);
        }

        if (filter.To is { } to)
        {
            values["to"] = DateInput.Format(to);
        }

        if (filter.Kind is { } kind)
        {
            values["kind"] = kind;
        }

        if (page is { } number)
        {
            values["page"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }
}
