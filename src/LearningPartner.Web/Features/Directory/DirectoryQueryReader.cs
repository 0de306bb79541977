using System.Globalization;
using LearningPartner.Application.Directory;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.Directory;

/// <summary>Reads a directory search from its URL's values, for the page and the API alike.</summary>
public static class DirectoryQueryReader
{
    /// <summary>The level as a URL says it: lap, silver or gold.</summary>
    public static bool TryLevel(string? value, out LearningLevel? level)
    {
        level = value?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "lap" => LearningLevel.LearningActionPack,
            "silver" => LearningLevel.Silver,
            "gold" => LearningLevel.Gold,
            _ => (LearningLevel)0,
        };
        return level != (LearningLevel)0;
    }

    public static string? LevelName(LearningLevel? level) => level switch
    {
        LearningLevel.LearningActionPack => "lap",
        LearningLevel.Silver => "silver",
        LearningLevel.Gold => "gold",
        _ => null,
    };

    /// <summary>
    /// Reads a query from its URL's values. Each value that is not understood is named in the errors (and left out of
    /// the query): the page shows it beside its field, the API answers 400. A competency is one of
    /// <paramref name="competencies"/> (the program year's, issue 24), by its code in any case.
    /// </summary>
    public static (DirectoryQuery Query, Dictionary<string, string> Errors) Read(string? search, string? country, string? level, string? page,
        string? pageSize, string? competency = null, IReadOnlyCollection<DirectoryCompetency>? competencies = null)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (search?.Trim().Length > 100)
        {
            errors["q"] = "Search for at most 100 characters.";
            search = null;
        }

        var code = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        if (code is not null && !Domain.Partners.CountryCodes.IsAssigned(code))
        {
            errors["country"] = "Choose a country or region from the list (an ISO 3166 code such as US).";
            code = null;
        }

        if (!TryLevel(level, out var levelValue))
        {
            errors["level"] = "Choose a level: lap, silver or gold.";
            levelValue = null;
        }

        var competencyCode = string.IsNullOrWhiteSpace(competency) ? null : competency.Trim().ToUpperInvariant();
        if (competencyCode is not null && (competencies ?? []).All(c => c.Code != competencyCode))
        {
            errors["competency"] = "Choose a competency from the list (its code, such as DATA-PLATFORM).";
            competencyCode = null;
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = "A page is a whole number from 1.";
            pageNumber = 1;
        }

        var size = DirectoryQuery.DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > DirectoryQuery.MaxPageSize))
        {
            errors["pageSize"] = $"A page size is a whole number from 1 to {DirectoryQuery.MaxPageSize}.";
            size = DirectoryQuery.DefaultPageSize;
        }

        return (new DirectoryQuery(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), code, levelValue, pageNumber, size)
        {
            Competency = competencyCode,
        }, errors);
    }

}
