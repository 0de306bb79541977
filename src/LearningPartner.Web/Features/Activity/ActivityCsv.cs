using LearningPartner.Application.Audit;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Activity;

/// <summary>
/// The activity log as CSV (R-ORG-3): every entry the filter matches, newest first, with what the page shows — the values
/// before and after as JSON, the action and the row's type by their stable names — written by <see cref="CsvFile"/>, so no
/// cell can act as a formula.
/// </summary>
public static class ActivityCsv
{
    public static byte[] Write(IReadOnlyList<PartnerActivityRow> rows) => CsvFile.Write(csv =>
    {
        csv.Headings("At", "Who", "Action", "EntityType", "EntityId", "Before", "After", "Reason");
        foreach (var row in rows)
        {
            csv.Instant(row.At).Text(row.Who).Text(row.Action).Text(row.EntityType).Text(row.EntityId).Text(row.Before).Text(row.After)
                .Text(row.Reason).EndRow();
        }
    });
}
