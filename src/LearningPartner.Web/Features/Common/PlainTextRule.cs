using FluentValidation;
using LearningPartner.Domain.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// Issue 20.6: the one way a form applies <see cref="PlainText"/>. Every text field of every input gets it, first in its
/// chain, so the message beside the field names the hidden character rather than a format the value seems to break.
/// PlainTextCoverageTests proves each string property of each input is covered.
/// </summary>
public static class PlainTextRule
{
    public static IRuleBuilderOptions<T, string?> MustBePlainText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer,
        TextKind kind = TextKind.Line) =>
        rule.Must(v => PlainText.FirstRefused(v, kind) is null)
            .WithMessage((_, v) => localizer["Remove the invisible control or text-direction character ({0}) from this text.",
                PlainText.Name(PlainText.FirstRefused(v, kind) ?? ' ')]);
}
