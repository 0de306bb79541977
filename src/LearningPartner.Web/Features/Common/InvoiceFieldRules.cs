using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>The checks of an invoice line's fields as typed in a form, written once for every form that has them.</summary>
public static class InvoiceFieldRules
{
    public static IRuleBuilderOptions<T, string?> MustBeAnInvoiceNumber<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.NotEmpty().WithMessage(_ => localizer["Enter the invoice number."])
            .MaximumLength(40).WithMessage(_ => localizer["Use at most {0} characters.", 40])
            .Must(v => !SpreadsheetFormula.StartsOne(v!.Trim())).WithMessage(_ => localizer["An invoice number cannot start with =, +, - or @."]);

    public static IRuleBuilderOptions<T, string?> MustBeUnits<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.Must(v => InvoiceFieldFormat.TryUnits(v, out _)).WithMessage(_ => localizer["Enter the units purchased: a whole number of 0 or more."]);

    public static IRuleBuilderOptions<T, string?> MustBeRevenue<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.Must(v => InvoiceFieldFormat.TryRevenue(v, out _))
            .WithMessage(_ => localizer["Enter the revenue as an amount of 0 or more with a decimal point, for example 1140.00."]);

    public static IRuleBuilderOptions<T, string?> MustBeACurrency<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.Must(v => CurrencyCodes.IsWellFormed(v?.Trim())).WithMessage(_ => localizer["Enter the three-letter currency code, for example USD."])
            // Issue 20.6: a code in ISO 4217 (the runtime's maintained list, ADR-011), not any three letters.
            .Must(v => CurrencyCodes.IsIso4217(v?.Trim()))
            .WithMessage((_, v) => localizer["{0} is not an ISO 4217 currency code: enter one such as USD, EUR or CNY.", v?.Trim() ?? string.Empty]);

    /// <summary>R-PRG-1: an OMLP type of the program year of <paramref name="dateOf"/>'s date, when a rule set covers it.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAnOmlpTypeOfTheYear<T>(this IRuleBuilder<T, string?> rule, Func<T, DateOnly?> dateOf,
        RuleSetCatalogProvider catalogs, IStringLocalizer<SharedResource> localizer) =>
        rule.Must((x, v) => dateOf(x) is not { } d || catalogs.Catalog.Find(d) is not { } rules || rules.OmlpTypes.ContainsKey(v!))
            .WithMessage((_, v) => localizer["{0} is not an OMLP type of the invoice date's program year.", v!]);
}
