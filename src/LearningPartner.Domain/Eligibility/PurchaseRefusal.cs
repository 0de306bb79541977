namespace LearningPartner.Domain.Eligibility;

/// <summary>Why an option cannot be bought (R-FEE-1); the page shows it beside the disabled button.</summary>
public enum PurchaseRefusal
{
    /// <summary>The option's requirements are not met (see the option's missing checks).</summary>
    RequirementsNotMet = 1,

    /// <summary>The competency does not offer this learning option in the program year (R-CMP-1).</summary>
    NotOffered = 2,

    /// <summary>The partner already holds this option; it renews from its anniversary date instead.</summary>
    AlreadyHeld = 3,

    /// <summary>Gold in the competency is active: silver cannot be bought (the step-down happens only at renewal).</summary>
    GoldActiveInCompetency = 4,
}
