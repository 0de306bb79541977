using System.Globalization;
using FluentValidation;
using LearningPartner.Domain.Orders;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>The fields of a wire transfer as a partner or support staff type them (R-FEE-3), checked alike in both forms.</summary>
public static class PaymentFieldRules
{
    /// <summary>An amount above 0 with a decimal point and at most 4 decimals (ADR-004's scale), in invariant digits.</summary>
    public static bool TryAmount(string? value, out decimal amount) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
        && amount > 0 && decimal.Round(amount, 4) == amount;

    public static IRuleBuilderOptions<T, string?> MustBeAPaymentAmount<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.NotEmpty().WithMessage(_ => localizer["Enter the amount."])
            .Must(v => TryAmount(v, out _)).WithMessage(_ => localizer["Enter the amount above 0 with a decimal point, for example 1650.00."]);

    /// <summary>A transfer's date: an ISO date, not after today.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAPastDate<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer,
        DateOnly today) =>
        rule.NotEmpty().WithMessage(_ => localizer["Enter the date."])
            .Must(v => DateInput.TryParse(v, out _)).WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            .Must(v => DateInput.Parse(v!) <= today).WithMessage(_ => localizer["The date cannot be in the future."]);

    public static IRuleBuilderOptions<T, string?> MustBeABankReference<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.NotEmpty().WithMessage(_ => localizer["Enter the bank's transaction reference."])
            .MaximumLength(Payment.BankReferenceMaxLength).WithMessage(_ => localizer["Use at most {0} characters.", Payment.BankReferenceMaxLength]);
}
