using LearningPartner.Domain.Orders;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Views.Shared;

/// <summary>How a payment's figures compare with its order, in the user's language (R-FEE-3).</summary>
public static class PaymentText
{
    /// <summary>The flag beside a payment that does not match; null when it matches.</summary>
    public static string? Flag(IStringLocalizer localizer, PaymentMismatch? mismatch) => mismatch switch
    {
        PaymentMismatch.Short => localizer["Less than the order's amount"].Value,
        PaymentMismatch.Over => localizer["More than the order's amount"].Value,
        PaymentMismatch.OtherCurrency => localizer["Not in the order's currency"].Value,
        _ => null,
    };
}
