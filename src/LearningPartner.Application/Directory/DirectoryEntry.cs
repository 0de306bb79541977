namespace LearningPartner.Application.Directory;

/// <summary>A partner as the public directory shows it (R-DIR-1..2): nothing of a partner that is not published.</summary>
public sealed record DirectoryEntry(string PartnerId, string DisplayName, string CountryCode, string LandingPageUrl, ListingLevel Level)
{
    /// <summary>The name as a search compares it (<see cref="SearchText"/>).</summary>
    public string SearchKey { get; } = SearchText.Fold(DisplayName);
}

/// <summary>Every partner shown in the public directory on a date, in its stable order (name, then partner id).</summary>
public sealed record DirectorySnapshot(DateOnly Date, DateTimeOffset BuiltAt, IReadOnlyList<DirectoryEntry> Entries)
{
    /// <summary>The countries/regions of the shown partners, for the filter.</summary>
    public IReadOnlyList<string> Countries { get; } = Entries.Select(e => e.CountryCode).Distinct().Order(StringComparer.Ordinal).ToList();
}
