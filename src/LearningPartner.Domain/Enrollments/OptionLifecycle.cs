using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>
/// An option's state on any date, from its recorded events and the calendar alone — never from a scheduled job
/// having run (R-RNW-1, R-FEE-2, R-LAP-3, R-EXT-1).
/// </summary>
public static class OptionLifecycle
{
    public static OptionStatus StateOn(DateOnly date, OptionFacts option, int graceDays, IEnumerable<ExtensionWindow> windows)
    {
        if (option.ActivationDate is null || option.AnniversaryDate is null || date < option.ActivationDate)
        {
            var pending = option.Orders.Any(o => o.Status == OrderStatus.PendingPayment && date < o.ExpiresOn);
            return new OptionStatus(pending ? OptionState.PendingPayment : OptionState.OrderExpired, null, null);
        }

        if (option.EndedOn is { } ended && date >= ended)
        {
            // A same-level renewal moves the AD and ends nothing, so a paid renewal on an ended option was a step-down
            // (R-GLD-2); otherwise the option was replaced by its gold upgrade (R-GLD-3).
            var steppedDown = option.Orders.Any(o => o.Kind == OrderKind.Renewal && o.Status == OrderStatus.Paid);
            return new OptionStatus(steppedDown ? OptionState.SteppedDown : OptionState.Replaced, null, null);
        }

        var anniversary = AnniversaryExtension.Apply(option.Level, option.CompetencyCode, option.AnniversaryDate.Value, windows);
        var graceEnds = anniversary.Effective.AddDays(graceDays);
        var state = date < anniversary.Effective ? ActiveState(date, option)
            : date < graceEnds ? OptionState.InGrace
            : OptionState.Lapsed;
        return new OptionStatus(state, anniversary, graceEnds);
    }

    /// <summary>
    /// R-FEE-2, R-RNW-1: whether an order can still be paid on a date: pending, not past its expiry, and — for a
    /// renewal — not past the end of grace, when the option lapses and its pending renewal is cancelled.
    /// </summary>
    public static bool IsOrderOpen(OrderFact order, DateOnly date, OptionStatus status) =>
        order.Status == OrderStatus.PendingPayment
        && date < order.ExpiresOn
        && !(order.Kind == OrderKind.Renewal && status.State == OptionState.Lapsed);

    private static OptionState ActiveState(DateOnly date, OptionFacts option) =>
        option.Level == LearningLevel.LearningActionPack
        && (option.MarketplaceProfileCompletedOn is null || date < option.MarketplaceProfileCompletedOn)
            ? OptionState.MarketplaceAccessPending
            : OptionState.Active;
}
