namespace LearningPartner.Application.CaseReview;

/// <summary>Support's queue filters, all in the query string so a filtered queue can be shared and bookmarked.</summary>
public sealed class CaseQueueFilter
{
    public const string Open = "open";
    public const string All = "all";
    public const string Me = "me";
    public const string Unassigned = "none";

    /// <summary>"open" (the default), "all", or a status name.</summary>
    public string? Status { get; set; }

    /// <summary>A partner id, or part of a partner's name.</summary>
    public string? Partner { get; set; }

    /// <summary>Empty for anyone, "me", "none", or a staff member as recorded on the case.</summary>
    public string? Assignee { get; set; }

    /// <summary>Only cases submitted at least this many days ago.</summary>
    public int? OlderThanDays { get; set; }
}
