using System.Globalization;
using LearningPartner.Application.Audit;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Activity;

/// <summary>The activity log's filter as its GET form sends it, in the query string so a filtered log can be bookmarked.</summary>
public sealed class ActivityFilterInput
{
    /// <summary>yyyy-MM-dd: the first day shown.</summary>
    public string? From { get; set; }

    /// <summary>yyyy-MM-dd: the last day shown (included).</summary>
    public string? To { get; set; }

    /// <summary>An action (TrainerAdded) or the type of row changed (Trainer); empty for every kind.</summary>
    public string? Kind { get; set; }

    public string? Page { get; set; }

    /// <summary>The filter applied: each value with a message beside its field is left out, the rest applies.</summary>
    public PartnerActivityFilter Applied(IReadOnlySet<string> refused) => new(
        refused.Contains(nameof(From)) || !DateInput.TryParse(From, out var from) ? null : from,
        refused.Contains(nameof(To)) || !DateInput.TryParse(To, out var to) ? null : to,
        refused.Contains(nameof(Kind)) || string.IsNullOrWhiteSpace(Kind) ? null : Kind.Trim(),
        refused.Contains(nameof(Page)) || !int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? 1 : page);
}
