using FluentValidation;
using LearningPartner.Domain.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// Staff's words to a partner (a rejection's or refusal's reason, a question on a case): plain long text (issue 20.6),
/// required, and at most <c>maxLength</c> characters once trimmed, as the entity stores it.
/// </summary>
public static class PartnerMessageRule
{
    public static IRuleBuilderOptions<T, string?> MustBeWordsForThePartner<T>(this IRuleBuilderInitial<T, string?> rule,
        IStringLocalizer<SharedResource> localizer, int maxLength, Func<LocalizedString> message) =>
        rule.Cascade(CascadeMode.Stop)
            .MustBePlainText(localizer, TextKind.LongText)
            .Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= maxLength)
            .WithMessage(_ => message());
}
