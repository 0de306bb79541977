namespace LearningPartner.Application.Orders;

/// <summary>Section "Orders" (docs/configuration.md).</summary>
public sealed class OrderNoticeOptions
{
    public const string SectionName = "Orders";

    /// <summary>R-FEE-2: how many days before an unpaid order expires its partner is warned (1 to 60; default 7).</summary>
    public int ExpiryWarningDays { get; set; } = 7;

    public bool IsValid => ExpiryWarningDays is >= 1 and <= 60;
}
