using System.Globalization;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.PartnerDirectory;

/// <summary>
/// A search of the public directory, as in its shareable URL: part of a name, a country/region, a level, a page.
/// </summary>
public sealed record DirectoryQuery(string? Search, string? Country, LearningLevel? Level, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

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
    /// the query): the page shows it beside its field, the API answers 400.
    /// </summary>
    public static (DirectoryQuery Query, Dictionary<string, string> Errors) Read(string? search, string? country, string? level, string? page,
        string? pageSize)
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

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = "A page is a whole number from 1.";
            pageNumber = 1;
        }

        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            errors["pageSize"] = $"A page size is a whole number from 1 to {MaxPageSize}.";
            size = DefaultPageSize;
        }

        return (new DirectoryQuery(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), code, levelValue, pageNumber, size), errors);
    }

    public DirectoryResult Run(DirectorySnapshot snapshot)
    {
        var search = string.IsNullOrWhiteSpace(Search) ? null : SearchText.Fold(Search);
        var matches = snapshot.Entries.Where(e =>
                (search is null || e.SearchKey.Contains(search, StringComparison.Ordinal))
                && (Country is null || e.CountryCode == Country)
                && (Level is null || e.Level.Has(Level.Value)))
            .ToList();
        return new DirectoryResult(this, matches.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), matches.Count, snapshot.Countries);
    }
}

/// <summary>One page of the directory for a query, the number of matches, and the countries/regions to filter by.</summary>
public sealed record DirectoryResult(DirectoryQuery Query, IReadOnlyList<DirectoryEntry> Entries, int Total, IReadOnlyList<string> Countries)
{
    public int PageCount => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);
}
