using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Trainers;

public sealed class TrainerLeavingInputValidator : AbstractValidator<TrainerLeavingInput>
{
    public TrainerLeavingInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.LeftOn).Cascade(CascadeMode.Stop).MustBePlainText(localizer)
            .Must(v => DateInput.TryParse(v, out var d) && d.Year >= 2000)
            .WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            .When(x => !string.IsNullOrWhiteSpace(x.LeftOn));
}
