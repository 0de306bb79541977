using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.DiscrepancyCases;

public sealed class CaseMessageInputValidator : AbstractValidator<CaseMessageInput>
{
    public CaseMessageInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Text).MustBePlainText(localizer, TextKind.LongText)
            .NotEmpty().WithMessage(_ => localizer["Write your message."])
            .MaximumLength(4000).WithMessage(_ => localizer["Use at most {0} characters.", 4000]);
        RuleFor(x => x.DocumentType).MustBePlainText(localizer);
        RuleFor(x => x.DocumentType).MustBeAnActualInvoice(localizer).When(x => x.Document is not null);
        RuleFor(x => x.Document)
            .Must(f => f!.Length is > 0 and <= DocumentFileKind.MaxBytes).When(x => x.Document is not null)
            .WithMessage(_ => localizer["Attach the invoice document: a PDF, PNG or JPEG file of at most 5 MB."]);
    }
}
