using FluentValidation;
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
            .Matches("^[A-Za-z]{2,3}-[0-9]{3}$").WithMessage(_ => localizer["An exam code looks like AZ-104 or PL-200."]);
        RuleFor(x => x.PersonName).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter who passed the exam."])
            .MaximumLength(200).WithMessage(_ => localizer["Use at most 200 characters."]);
        RuleFor(x => x.PassedOn).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the date the exam was passed."])
            .Must(v => DateInput.TryParse(v, out _)).WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            .Must(v => !DateInput.TryParse(v, out var d) || d <= clock.Today).WithMessage(_ => localizer["An exam cannot be passed in the future."]);
    }
}
