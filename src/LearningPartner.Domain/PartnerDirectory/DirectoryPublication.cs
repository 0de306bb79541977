namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// Where a partner stands in the public directory on a date — derived from dates when read, never from a job having
/// run: its current listing is its latest approved one whose publication date has come (R-DIR-4), and it shows only
/// while the partner holds a learning option (R-DIR-5: hidden, not deleted, and back when it holds one again).
/// </summary>
public static class DirectoryPublication
{
    public static DirectoryStanding On(DateOnly date, IEnumerable<ApprovedListing> approved, bool holdsAnOption)
    {
        var ordered = approved.OrderBy(l => l.PublishOn).ThenBy(l => l.Id).ToList();
        var current = ordered.LastOrDefault(l => l.PublishOn <= date);
        var scheduled = ordered.FirstOrDefault(l => l.PublishOn > date);
        var state = current is null ? (scheduled is null ? DirectoryState.NotListed : DirectoryState.Scheduled)
            : holdsAnOption ? DirectoryState.Published
            : DirectoryState.Hidden;
        return new DirectoryStanding(state, current, scheduled);
    }
}

/// <summary>An approved listing: its id and publication date.</summary>
public sealed record ApprovedListing(int Id, DateOnly PublishOn);

/// <summary>The directory state of a partner on a date, its current listing and the next one scheduled.</summary>
public sealed record DirectoryStanding(DirectoryState State, ApprovedListing? Current, ApprovedListing? Scheduled)
{
    public bool IsShown => State == DirectoryState.Published;
}

public enum DirectoryState
{
    /// <summary>No approved listing has been published.</summary>
    NotListed = 1,

    /// <summary>Approved, its publication date still to come.</summary>
    Scheduled = 2,

    /// <summary>Shown in the public directory.</summary>
    Published = 3,

    /// <summary>R-DIR-5: published, but the partner holds no learning option: hidden until it does.</summary>
    Hidden = 4,
}
