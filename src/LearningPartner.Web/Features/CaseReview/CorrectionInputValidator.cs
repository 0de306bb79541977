using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.CaseReview;

/// <summary>A corrected or added KPI record passes the checks of an imported line (R-KPI-2, R-PRG-1) and names its reason (R-DSC-2).</summary>
public sealed class CorrectionInputValidator : AbstractValidator<CorrectionInput>
{
    public CorrectionInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock, RuleSetCatalogProvider catalogs)
    {
        Include(new InvoiceLineFieldsValidator<CorrectionInput>(localizer, clock, catalogs));
        RuleFor(x => x.Reason)
            .Cascade(CascadeMode.Stop)
            .MustBePlainText(localizer, TextKind.LongText)
            .NotEmpty().WithMessage(_ => localizer["Give the reason for the correction: the partner sees it, and the audit trail keeps it."])
            .MaximumLength(2000).WithMessage(_ => localizer["Use at most {0} characters.", 2000]);
    }
}
