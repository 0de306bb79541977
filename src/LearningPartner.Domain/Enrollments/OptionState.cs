namespace LearningPartner.Domain.Enrollments;

/// <summary>Where an option stands on a date; derived from dates and recorded events when read (R-RNW-1).</summary>
public enum OptionState
{
    /// <summary>Ordered; the wire transfer is not confirmed yet (R-FEE-2).</summary>
    PendingPayment = 1,

    /// <summary>Never activated, and its order expired or was cancelled (R-FEE-2).</summary>
    OrderExpired = 2,

    Active = 3,

    /// <summary>R-LAP-3: the LAP is active but support has not set up the Courseware Marketplace profile.</summary>
    MarketplaceAccessPending = 4,

    /// <summary>R-RNW-1: [AD, AD + grace): benefits continue, the renewal is due.</summary>
    InGrace = 5,

    /// <summary>R-RNW-1: no renewal confirmed by AD + grace; the partner can only enroll anew.</summary>
    Lapsed = 6,

    /// <summary>R-GLD-3: a silver option replaced by its gold upgrade.</summary>
    Replaced = 7,

    /// <summary>R-GLD-2: an option renewed at a lower level; the lower level's option carries the anniversary sequence on.</summary>
    SteppedDown = 8,
}
