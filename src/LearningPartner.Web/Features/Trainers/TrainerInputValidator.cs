using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Trainers;

public sealed class TrainerInputValidator : AbstractValidator<TrainerInput>
{
    public TrainerInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleFor(x => x.Name).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the trainer's name."])
            .MaximumLength(200).WithMessage(_ => localizer["Use at most 200 characters."]);
        RuleFor(x => x.MctId).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the MCT id."])
            .Matches("^[A-Za-z0-9-]{3,32}$").WithMessage(_ => localizer["An MCT id has 3 to 32 letters, digits or dashes."]);
        RuleFor(x => x.ValidUntil).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the last day the MCT certification is valid."])
            .Must(v => DateInput.TryParse(v, out var d) && d.Year >= 2000)
            .WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."]);
    }
}
