using FluentValidation;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// The checks of a CSV import row (docs/invoice-import.md) for an invoice line typed in a form, with messages beside the
/// fields. Included by each form's own validator.
/// </summary>
public sealed class InvoiceLineFieldsValidator<T> : AbstractValidator<T>
    where T : IInvoiceLineFields
{
    public InvoiceLineFieldsValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock, RuleSetCatalogProvider catalogs)
    {
        // One message per field: the first check it fails.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.InvoiceNumber).MustBePlainText(localizer).MustBeAnInvoiceNumber(localizer);
        RuleFor(x => x.LineNumber).MustBePlainText(localizer)
            .Must(v => InvoiceFieldFormat.TryLineNumber(v, out _)).WithMessage(_ => localizer["Enter the line number on the invoice: a whole number from 1."]);
        RuleFor(x => x.InvoiceDate).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the invoice date."])
            .Must(v => DateInput.TryParse(v, out _)).WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            .Must(v => !DateInput.TryParse(v, out var d) || d <= clock.Today).WithMessage(_ => localizer["An invoice cannot be dated in the future."])
            // R-PRG-1 and R-KPI-2: the line is valued with its invoice date's own program year.
            .Must(v => !DateInput.TryParse(v, out var d) || catalogs.Catalog.Find(d) is not null)
            .WithMessage(x => localizer["No program-year rule set covers this date (program year {0}), so the line cannot be valued.",
                ProgramYear.NameOf(DateInput.Parse(x.InvoiceDate!))]);
        RuleFor(x => x.OmlpType).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Choose the OMLP type."])
            .MustBeAnOmlpTypeOfTheYear(x => DateInput.TryParse(x.InvoiceDate, out var d) ? d : null, catalogs, localizer);
        RuleFor(x => x.Units).MustBePlainText(localizer).MustBeUnits(localizer);
        RuleFor(x => x.Revenue).MustBePlainText(localizer).MustBeRevenue(localizer);
        RuleFor(x => x.Currency).MustBePlainText(localizer).MustBeACurrency(localizer);
    }
}
