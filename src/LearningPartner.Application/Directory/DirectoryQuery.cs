using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Directory;

/// <summary>
/// A search of the public directory (R-DIR-1), as in its shareable URL: part of a name, a country/region, a level, a
/// competency (its code; with a level, held at that level — issue 24), a page.
/// </summary>
public sealed record DirectoryQuery(string? Search, string? Country, LearningLevel? Level, int Page, int PageSize)
{
    /// <summary>A competency's code, e.g. DATA-PLATFORM; null: any.</summary>
    public string? Competency { get; init; }

    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public DirectoryResult Run(DirectorySnapshot snapshot)
    {
        var search = string.IsNullOrWhiteSpace(Search) ? null : SearchText.Fold(Search);
        var matches = snapshot.Entries.Where(e =>
                (search is null || e.SearchKey.Contains(search, StringComparison.Ordinal))
                && (Country is null || e.CountryCode == Country)
                && e.Level.Matches(Level, Competency))
            .ToList();
        return new DirectoryResult(this, matches.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), matches.Count, snapshot.Countries)
        {
            Competencies = snapshot.Competencies,
        };
    }
}

/// <summary>One page of the directory for a query, the number of matches, and the countries/regions to filter by.</summary>
public sealed record DirectoryResult(DirectoryQuery Query, IReadOnlyList<DirectoryEntry> Entries, int Total, IReadOnlyList<string> Countries)
{
    /// <summary>The competencies to filter by (issue 24).</summary>
    public IReadOnlyList<DirectoryCompetency> Competencies { get; init; } = [];

    public int PageCount => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);
}
