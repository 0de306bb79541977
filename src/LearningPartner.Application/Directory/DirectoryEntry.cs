namespace LearningPartner.Application.Directory;

/// <summary>
/// A partner as the public directory shows it (R-DIR-1..2): what its current approved listing gives — with the
/// description and logo of that listing (issue 24) — and its level today; nothing of a partner that is not published.
/// </summary>
public sealed record DirectoryEntry(string PartnerId, string DisplayName, string CountryCode, string LandingPageUrl, ListingLevel Level)
{
    /// <summary>The published listing's id: it names the logo's URL, which changes with each approved listing.</summary>
    public int ListingId { get; init; }

    public string? Description { get; init; }

    public string? LogoStorageKey { get; init; }

    public string? LogoContentType { get; init; }

    public bool HasLogo => LogoStorageKey is not null && LogoContentType is not null;

    /// <summary>The name as a search compares it (<see cref="SearchText"/>).</summary>
    public string SearchKey { get; } = SearchText.Fold(DisplayName);

    /// <summary>The name in the page's URL, after the partner id that decides (<see cref="DirectorySlug"/>).</summary>
    public string Slug { get; } = DirectorySlug.Of(DisplayName);
}

/// <summary>A competency of the date's program year, for the directory's filter: its code and (English) name.</summary>
public sealed record DirectoryCompetency(string Code, string Name);

/// <summary>Every partner shown in the public directory on a date, in its stable order (name, then partner id).</summary>
public sealed record DirectorySnapshot(DateOnly Date, DateTimeOffset BuiltAt, IReadOnlyList<DirectoryEntry> Entries)
{
    private readonly Dictionary<string, DirectoryEntry> _byPartner = Entries.ToDictionary(e => e.PartnerId, StringComparer.Ordinal);

    /// <summary>The countries/regions of the shown partners, for the filter.</summary>
    public IReadOnlyList<string> Countries { get; } = Entries.Select(e => e.CountryCode).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Issue 24: the competencies of the date's program year (its rule set), for the filter; empty when none covers it.</summary>
    public IReadOnlyList<DirectoryCompetency> Competencies { get; init; } = [];

    /// <summary>The shown partner with this id, or null: not listed, not yet published, or hidden (R-DIR-1, R-DIR-5).</summary>
    public DirectoryEntry? Find(string partnerId) => _byPartner.GetValueOrDefault(partnerId);

    /// <summary>The shown partner whose current listing is <paramref name="listingId"/>, or null.</summary>
    public DirectoryEntry? FindListing(int listingId) => Entries.FirstOrDefault(e => e.ListingId == listingId);
}
