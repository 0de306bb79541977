using System.Globalization;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Views.Shared;

/// <summary>
/// An option as a partner reads it: "Silver · Cloud Platform", never the competency's code (issue 24: codes such as
/// CLOUD-PLATFORM are the portal's keys, not words; the name comes from the rule set catalog, in the reader's language).
/// </summary>
public static class OptionText
{
    public static string Name(IStringLocalizer localizer, RuleSetCatalog catalog, LearningLevel level, string? competencyCode) =>
        RequirementText.Level(localizer, level)
        + (competencyCode is null ? string.Empty : " · " + catalog.CompetencyName(competencyCode, CultureInfo.CurrentUICulture));
}
