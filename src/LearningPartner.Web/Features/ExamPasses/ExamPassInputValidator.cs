using FluentValidation;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.ExamPasses;

public sealed class ExamPassInputValidator : AbstractValidator<ExamPassInput>
{
    public ExamPassInputValidator(IStringLocalizer<SharedResource> localizer, ProgramClock clock)
    {
        RuleFor(x => x.ExamCode).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the exam code."])
            .Matches(FactFormat.ExamCodePattern).WithMessage(_ => localizer["An exam code looks like AZ-104 or PL-200."]);
        RuleFor(x => x.PersonName).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter who passed the exam."])
            .MaximumLength(200).WithMessage(_ => localizer["Use at most 200 characters."]);
        RuleFor(x => x.PassedOn).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the date the exam was passed."])
            .Must(v => DateInput.TryParse(v, out _)).WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            .Must(v => !DateInput.TryParse(v, out var d) || d <= clock.Today).WithMessage(_ => localizer["An exam cannot be passed in the future."]);
        // R-MCT-1: the evidence support staff check — the link, the PDF, or both.
        RuleFor(x => x.EvidenceLink)
            .NotEmpty().WithMessage(_ => localizer["Enter the link to the certification or transcript, or upload it as a PDF: support staff verify the claim with it."])
            .When(x => x.EvidenceDocument is null);
        RuleFor(x => x.EvidenceLink).Cascade(CascadeMode.Stop).MustBePlainText(localizer)
            .Must(v => v!.Trim().Length <= 500).WithMessage(_ => localizer["Use at most {0} characters.", 500])
            .Must(Websites.IsHttpsUrl).WithMessage(_ => localizer["Enter the full https:// address, for example https://learn.microsoft.com/api/credentials/share/…."])
            .When(x => !string.IsNullOrWhiteSpace(x.EvidenceLink));
    }
}
