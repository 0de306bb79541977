using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>
/// One option a partner holds or is buying: the Learning Action Pack, or silver/gold in one competency.
/// Its state at a date (active, in grace, lapsed) is derived from these dates when read (R-DATE-2, R-RNW-1).
/// </summary>
public sealed class Enrollment : IVersioned
{
    private Enrollment()
    {
    }

    public Enrollment(int partnerOrganisationId, LearningLevel level, string? competencyCode, DateTimeOffset createdAt)
    {
        if ((level == LearningLevel.LearningActionPack) != (competencyCode is null))
        {
            throw new ArgumentException("Silver and gold belong to a competency; the Learning Action Pack does not.", nameof(competencyCode));
        }

        PartnerOrganisationId = partnerOrganisationId;
        Level = level;
        CompetencyCode = competencyCode is null ? null : Guard.Text(competencyCode, 64, nameof(competencyCode));
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public LearningLevel Level { get; private set; }

    public string? CompetencyCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>R-DATE-3: the day support staff confirmed the first payment.</summary>
    public DateOnly? ActivationDate { get; private set; }

    /// <summary>R-DATE-2: the day the current year ends and renewal is due.</summary>
    public DateOnly? AnniversaryDate { get; private set; }

    /// <summary>R-LAP-3: the day support completed the Courseware Marketplace profile (LAP only).</summary>
    public DateOnly? MarketplaceProfileCompletedOn { get; private set; }

    /// <summary>R-GLD-3: set when a gold upgrade replaced this silver option (from that day on it is not held).</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public Guid Version { get; set; }

    /// <summary>R-DATE-3: activation on the payment's confirmation date; the first AD is a year later.</summary>
    public void Activate(DateOnly confirmedOn)
    {
        if (ActivationDate is not null)
        {
            throw new InvalidOperationException("The enrollment is already active.");
        }

        ActivationDate = confirmedOn;
        AnniversaryDate = ProgramDates.PlusOneYear(confirmedOn);
    }

    /// <summary>
    /// R-DATE-3: a confirmed renewal moves the AD to the old AD + 1 year, however late in grace it was paid.
    /// R-EXT-1: when an extension moved the old AD, the year runs from the extended AD.
    /// </summary>
    public void Renew(ExtendedAnniversary current)
    {
        if (AnniversaryDate is null || current.Original != AnniversaryDate)
        {
            throw new InvalidOperationException("Only an active enrollment can be renewed, from its own anniversary date.");
        }

        AnniversaryDate = ProgramDates.PlusOneYear(current.Effective);
    }

    /// <summary>R-GLD-3: the upgrade's activation replaces the silver option.</summary>
    public void End(DateOnly on, string reason)
    {
        EndedOn ??= on;
        EndReason ??= Guard.Text(reason, 200, nameof(reason));
    }

    public void CompleteMarketplaceProfile(DateOnly on)
    {
        if (Level != LearningLevel.LearningActionPack)
        {
            throw new InvalidOperationException("Only the Learning Action Pack has a marketplace profile step (R-LAP-2).");
        }

        MarketplaceProfileCompletedOn ??= on;
    }
}
