using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>
/// What a confirmed renewal payment does to the option it renews (R-DATE-3, R-GLD-2, R-EXT-1): at the same level the AD moves
/// to the old AD + 1 year, however late in grace it was paid; at a lower level (a step-down) the option ends on its AD and
/// continues at the lower level from that same AD — unless the partner already holds the lower option on that date.
/// </summary>
public static class RenewalPayment
{
    /// <param name="held">The option being renewed.</param>
    /// <param name="paidLevel">The level the renewal order was placed at (R-GLD-2: the level met on the AD).</param>
    /// <param name="anniversary">The option's AD with any extension applied (R-EXT-1).</param>
    /// <param name="lowerAlreadyHeld">Whether the lower option is held on the AD (a step-down then renews nothing new).</param>
    /// <returns>The enrollment that continues at the lower level, to be added; null when none is made.</returns>
    public static Enrollment? Apply(Enrollment held, LearningLevel paidLevel, ExtendedAnniversary anniversary, bool lowerAlreadyHeld,
        DateTimeOffset now)
    {
        if (paidLevel == held.Level)
        {
            held.Renew(anniversary);
            return null;
        }

        if (paidLevel > held.Level)
        {
            throw new InvalidOperationException("A renewal never steps up: a higher level is a new enrollment or an upgrade.");
        }

        held.End(anniversary.Effective, $"Stepped down to {paidLevel} at renewal (R-GLD-2)");
        if (lowerAlreadyHeld)
        {
            return null;
        }

        var continued = new Enrollment(held.PartnerOrganisationId, paidLevel,
            paidLevel == LearningLevel.LearningActionPack ? null : held.CompetencyCode, now);
        continued.Activate(anniversary.Effective);
        return continued;
    }
}
