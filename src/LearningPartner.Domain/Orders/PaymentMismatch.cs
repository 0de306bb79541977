namespace LearningPartner.Domain.Orders;

/// <summary>How a payment's amount compares with its order's price (R-FEE-3).</summary>
public enum PaymentMismatch
{
    /// <summary>The exact amount in the order's currency.</summary>
    None = 0,

    /// <summary>Less than the order's price, in its currency.</summary>
    Short = 1,

    /// <summary>More than the order's price, in its currency: flagged, but confirmed without an override.</summary>
    Over = 2,

    /// <summary>A currency other than the order's: the amounts cannot be compared.</summary>
    OtherCurrency = 3,
}
