using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.DiscrepancyCases;

/// <summary>R-DSC-1: every field of the claim is required and checked, with its message beside the field.</summary>
public sealed class CaseInputValidator : AbstractValidator<CaseInput>
{
    /// <summary>The earliest year a claim may name: the program's earliest records are from 2019 (FY2019).</summary>
    public const int EarliestYear = 2015;

    public CaseInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock, RuleSetCatalogProvider catalogs)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Month).MustBePlainText(localizer)
            .Must(v => CaseFields.TryMonth(v, out _)).WithMessage(_ => localizer["Enter the month as a number from 1 to 12."])
            .Must((x, v) => !CaseFields.TryMonthStart(x, out var m) || m <= ProgramDates.MonthStart(clock.Today))
            .WithMessage(_ => localizer["The month cannot be in the future."]);
        RuleFor(x => x.Year).MustBePlainText(localizer)
            .Must(v => CaseFields.TryYear(v, out var y) && y >= EarliestYear)
            .WithMessage(_ => localizer["Enter the year as four digits, for example {0}.", clock.Today.Year]);
        RuleFor(x => x.OmlpType).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Choose the OMLP type."])
            .Must(v => OmlpChoice.AllIn(catalogs.Catalog).Any(c => c.Code == v)).WithMessage(x => localizer["{0} is not an OMLP type of the program.", x.OmlpType!])
            .MustBeAnOmlpTypeOfTheYear(x => CaseFields.TryMonthStart(x, out var m) ? m : null, catalogs, localizer);
        RuleFor(x => x.UnitsPurchased).MustBePlainText(localizer).MustBeUnits(localizer);
        RuleFor(x => x.InvoiceNumber).MustBePlainText(localizer).MustBeAnInvoiceNumber(localizer);
        RuleFor(x => x.KpiValue).MustBePlainText(localizer)
            .Must(v => InvoiceFieldFormat.TryKpiValue(v, out _))
            .WithMessage(_ => localizer["Enter the KPI value as a number of 0 or more with a decimal point, for example 12.5."]);
        RuleFor(x => x.RevenueValue).MustBePlainText(localizer).MustBeRevenue(localizer);
        RuleFor(x => x.Currency).MustBePlainText(localizer).MustBeACurrency(localizer);
        RuleFor(x => x.Description).MustBePlainText(localizer, TextKind.LongText)
            .MaximumLength(4000).WithMessage(_ => localizer["Use at most {0} characters.", 4000]);
        // R-DSC-3: evidence is optional, but when attached it must be the actual invoice.
        RuleFor(x => x.EvidenceType).MustBePlainText(localizer);
        RuleFor(x => x.EvidenceType).MustBeAnActualInvoice(localizer).When(x => x.Evidence is not null);
        RuleFor(x => x.Evidence)
            .Must(f => f!.Length is > 0 and <= DocumentFileKind.MaxBytes).When(x => x.Evidence is not null)
            .WithMessage(_ => localizer["Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB."]);
    }
}
