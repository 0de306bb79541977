using FluentValidation;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>Why staff changed someone's membership: required, plain text, at most 500 characters (kept in the audit trail, ADR-012).</summary>
public static class StaffReasonRule
{
    public const int MaxLength = 500;

    public static IRuleBuilderOptions<T, string?> MustBeARecordedReason<T>(this IRuleBuilderInitial<T, string?> rule,
        IStringLocalizer<SharedResource> localizer, Func<LocalizedString> missing) =>
        rule.Cascade(CascadeMode.Stop)
            .MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => missing())
            .MaximumLength(MaxLength).WithMessage(_ => localizer["Use at most 500 characters."]);
}
