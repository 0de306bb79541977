using FluentValidation;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>The checks of a CSV import row (docs/invoice-import.md), with messages beside the fields, and the invoice document.</summary>
public sealed class HeldInvoiceInputValidator : AbstractValidator<HeldInvoiceInput>
{
    public HeldInvoiceInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock, RuleSetCatalogProvider catalogs)
    {
        // One message per field: the first check it fails.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.DocumentType).MustBePlainText(localizer).MustBeAnActualInvoice(localizer);
        Include(new InvoiceLineFieldsValidator<HeldInvoiceInput>(localizer, clock, catalogs));
        RuleFor(x => x.Document)
            .NotNull().WithMessage(_ => localizer["Attach the invoice document (PDF, PNG or JPEG)."])
            .Must(f => f!.Length is > 0 and <= DocumentFileKind.MaxBytes).When(x => x.Document is not null)
            .WithMessage(_ => localizer["Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB."]);
    }
}
