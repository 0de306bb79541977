using LearningPartner.Application.Common;

namespace LearningPartner.Application.Audit;

/// <summary>One entry of a partner's activity log, as the partner reads it (<see cref="PartnerAuditView"/>).</summary>
/// <param name="Who">The person's name (or "system").</param>
/// <param name="Before">The values before the change, as JSON without the staff-internal ones; null when the row was created.</param>
/// <param name="After">The values after the change, likewise; null when the row was removed.</param>
public sealed record PartnerActivityRow(long Id, DateTimeOffset At, string Who, string Action, string EntityType, string EntityId, string? Before,
    string? After, string? Reason)
{
    public IReadOnlyList<KeyValuePair<string, string>> BeforeValues => AuditValues.Read(Before);

    public IReadOnlyList<KeyValuePair<string, string>> AfterValues => AuditValues.Read(After);
}

/// <summary>A type of row with the actions its log holds: the kinds a partner filters by.</summary>
public sealed record ActivityKind(string EntityType, IReadOnlyList<string> Actions);

/// <summary>
/// A page of the partner's activity log, newest first: the filter applied (its page within <see cref="PageCount"/>), the
/// number of matching entries, and the kinds of entries the log holds.
/// </summary>
public sealed record PartnerActivityPage(PartnerContext Partner, PartnerActivityFilter Filter, IReadOnlyList<PartnerActivityRow> Rows, int Total,
    int PageCount, IReadOnlyList<ActivityKind> Kinds);
