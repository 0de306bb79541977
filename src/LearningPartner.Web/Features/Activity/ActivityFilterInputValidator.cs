using System.Globalization;
using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Activity;

public sealed class ActivityFilterInputValidator : AbstractValidator<ActivityFilterInput>
{
    public ActivityFilterInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.From).MustBePlainText(localizer)
            .Must(v => string.IsNullOrWhiteSpace(v) || DateInput.TryParse(v, out _))
            .WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."]);
        RuleFor(x => x.To).MustBePlainText(localizer)
            .Must(v => string.IsNullOrWhiteSpace(v) || DateInput.TryParse(v, out _))
            .WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."])
            // Both dates are included, so a range of one day has the same date twice.
            .Must((x, v) => !DateInput.TryParse(x.From, out var from) || !DateInput.TryParse(v, out var to) || from <= to)
            .WithMessage(_ => localizer["The last day cannot be before the first day."]);
        RuleFor(x => x.Kind).MustBePlainText(localizer)
            .Matches("^[A-Za-z]{0,100}$")
            .WithMessage(_ => localizer["Choose a kind of change from the list."]);
        RuleFor(x => x.Page).MustBePlainText(localizer)
            .Must(v => string.IsNullOrWhiteSpace(v) || (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1))
            .WithMessage(_ => localizer["A page is a whole number from 1."]);
    }
}
