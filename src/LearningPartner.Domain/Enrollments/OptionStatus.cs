namespace LearningPartner.Domain.Enrollments;

/// <summary>The state of an option on a date, with the dates that explain it.</summary>
public sealed record OptionStatus(
    OptionState State,
    ExtendedAnniversary? Anniversary,
    DateOnly? GraceEndsOn)
{
    /// <summary>R-DIR-5: holding an option (active, marketplace pending or in grace) lists a partner.</summary>
    public bool IsHeld => State is OptionState.Active or OptionState.MarketplaceAccessPending or OptionState.InGrace;
}
