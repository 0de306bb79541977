using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>The checks of a CSV import row (docs/invoice-import.md), with messages beside the fields.</summary>
public sealed class HeldInvoiceInputValidator : AbstractValidator<HeldInvoiceInput>
{
    public HeldInvoiceInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock, RuleSetCatalogProvider catalogs)
    {
        // One message per field: the first check it fails.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.DocumentType)
            .NotEmpty().WithMessage(_ => localizer["Choose what the document is."])
            .Must(v => v != HeldInvoiceFields.OrderConfirmation)
            .WithMessage(_ => localizer["An order confirmation is not an invoice: only actual invoices count as KPI (R-KPI-3)."])
            .Must(v => v != HeldInvoiceFields.PartnerStatement)
            .WithMessage(_ => localizer["A partner statement is not an invoice: only actual invoices count as KPI (R-KPI-3)."])
            .Must(v => v is HeldInvoiceFields.Invoice or HeldInvoiceFields.OrderConfirmation or HeldInvoiceFields.PartnerStatement)
            .WithMessage(_ => localizer["Choose what the document is."]);
        RuleFor(x => x.InvoiceNumber)
            .NotEmpty().WithMessage(_ => localizer["Enter the invoice number."])
            .MaximumLength(40).WithMessage(_ => localizer["Use at most {0} characters.", 40])
            .Must(v => !SpreadsheetFormula.StartsOne(v!.Trim())).WithMessage(_ => localizer["An invoice number cannot start with =, +, - or @."]);
        RuleFor(x => x.LineNumber)
            .Must(v => InvoiceFieldFormat.TryLineNumber(v, out _)).WithMessage(_ => localizer["Enter the line number on the invoice: a whole number from 1."]);
        RuleFor(x => x.InvoiceDate)
            .NotEmpty().WithMessage(_ => localizer["Enter the invoice date."])
            .Must(v => DateInput.TryParse(v, out _)).WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            .Must(v => !DateInput.TryParse(v, out var d) || d <= clock.Today).WithMessage(_ => localizer["An invoice cannot be dated in the future."])
            // R-PRG-1 and R-KPI-2: the line is valued with its invoice date's own program year.
            .Must(v => !DateInput.TryParse(v, out var d) || catalogs.Catalog.Find(d) is not null)
            .WithMessage(x => localizer["No program-year rule set covers this date (program year {0}), so the line cannot be valued.",
                ProgramYear.NameOf(DateInput.Parse(x.InvoiceDate!))]);
        RuleFor(x => x.OmlpType)
            .NotEmpty().WithMessage(_ => localizer["Choose the OMLP type."])
            .Must((x, v) => !DateInput.TryParse(x.InvoiceDate, out var d) || catalogs.Catalog.Find(d) is not { } rules
                            || rules.OmlpTypes.ContainsKey(v!))
            .WithMessage(x => localizer["{0} is not an OMLP type of the invoice date's program year.", x.OmlpType!]);
        RuleFor(x => x.Units)
            .Must(v => InvoiceFieldFormat.TryUnits(v, out _)).WithMessage(_ => localizer["Enter the units purchased: a whole number of 0 or more."]);
        RuleFor(x => x.Revenue)
            .Must(v => InvoiceFieldFormat.TryRevenue(v, out _))
            .WithMessage(_ => localizer["Enter the revenue as an amount of 0 or more with a decimal point, for example 1140.00."]);
        RuleFor(x => x.Currency)
            .Must(v => v is not null && Money.IsCurrencyCode(v.Trim())).WithMessage(_ => localizer["Enter the three-letter currency code, for example USD."]);
        RuleFor(x => x.Document)
            .NotNull().WithMessage(_ => localizer["Attach the invoice document (PDF, PNG or JPEG)."])
            .Must(f => f!.Length is > 0 and <= DocumentFileKind.MaxBytes).When(x => x.Document is not null)
            .WithMessage(_ => localizer["Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB."]);
    }
}
