using LearningPartner.Domain.Programs;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>Pieces every notice's words share.</summary>
internal static class NoticeLines
{
    /// <summary>
    /// An option as a partner reads it: "Silver · Security", the competency by its name (which the renderer put in the reader's
    /// language from its code, ADR-019), never its code.
    /// </summary>
    public static string Option(IStringLocalizer localizer, LearningLevel level, string? competencyName) =>
        RequirementText.Level(localizer, level) + (competencyName is null ? string.Empty : " · " + competencyName);

    /// <summary>Text someone wrote (a reason, a question), kept as written, one line a line.</summary>
    public static string[] Written(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    public static string[] One(string line) => [line];
}
