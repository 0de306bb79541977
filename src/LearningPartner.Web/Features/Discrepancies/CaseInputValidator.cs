using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>R-DSC-1: every field of the claim is required and checked, with its message beside the field.</summary>
public sealed class CaseInputValidator : AbstractValidator<CaseInput>
{
    /// <summary>The earliest year a claim may name: the program's earliest records are from 2019 (FY2019).</summary>
    public const int EarliestYear = 2015;

    public CaseInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock, RuleSetCatalogProvider catalogs)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Month)
            .Must(v => CaseFields.TryMonth(v, out _)).WithMessage(_ => localizer["Enter the month as a number from 1 to 12."])
            .Must((x, v) => !CaseFields.TryMonthStart(x, out var m) || m <= ProgramDates.MonthStart(clock.Today))
            .WithMessage(_ => localizer["The month cannot be in the future."]);
        RuleFor(x => x.Year)
            .Must(v => CaseFields.TryYear(v, out var y) && y >= EarliestYear)
            .WithMessage(_ => localizer["Enter the year as four digits, for example {0}.", clock.Today.Year]);
        RuleFor(x => x.OmlpType)
            .NotEmpty().WithMessage(_ => localizer["Choose the OMLP type."])
            .Must(v => OmlpChoice.AllIn(catalogs.Catalog).Any(c => c.Code == v)).WithMessage(x => localizer["{0} is not an OMLP type of the program.", x.OmlpType!])
            // R-PRG-1: a month with a rule set knows its own OMLP types.
            .Must((x, v) => !CaseFields.TryMonthStart(x, out var m) || catalogs.Catalog.Find(m) is not { } rules || rules.OmlpTypes.ContainsKey(v!))
            .WithMessage(x => localizer["{0} is not an OMLP type of the invoice date's program year.", x.OmlpType!]);
        RuleFor(x => x.UnitsPurchased)
            .Must(v => InvoiceFieldFormat.TryUnits(v, out _)).WithMessage(_ => localizer["Enter the units purchased: a whole number of 0 or more."]);
        RuleFor(x => x.InvoiceNumber)
            .NotEmpty().WithMessage(_ => localizer["Enter the invoice number."])
            .MaximumLength(40).WithMessage(_ => localizer["Use at most {0} characters.", 40])
            .Must(v => !SpreadsheetFormula.StartsOne(v!.Trim())).WithMessage(_ => localizer["An invoice number cannot start with =, +, - or @."]);
        RuleFor(x => x.KpiValue)
            .Must(v => InvoiceFieldFormat.TryKpiValue(v, out _))
            .WithMessage(_ => localizer["Enter the KPI value as a number of 0 or more with a decimal point, for example 12.5."]);
        RuleFor(x => x.RevenueValue)
            .Must(v => InvoiceFieldFormat.TryRevenue(v, out _))
            .WithMessage(_ => localizer["Enter the revenue as an amount of 0 or more with a decimal point, for example 1140.00."]);
        RuleFor(x => x.Currency)
            .Must(v => v is not null && Money.IsCurrencyCode(v.Trim())).WithMessage(_ => localizer["Enter the three-letter currency code, for example USD."]);
        RuleFor(x => x.Description)
            .MaximumLength(4000).WithMessage(_ => localizer["Use at most {0} characters.", 4000]);
        // R-DSC-3: evidence is optional, but when attached it must be the actual invoice.
        RuleFor(x => x.EvidenceType).MustBeAnActualInvoice(localizer).When(x => x.Evidence is not null);
        RuleFor(x => x.Evidence)
            .Must(f => f!.Length is > 0 and <= DocumentFileKind.MaxBytes).When(x => x.Evidence is not null)
            .WithMessage(_ => localizer["Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB."]);
    }
}
