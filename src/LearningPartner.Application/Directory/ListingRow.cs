using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Application.Directory;

/// <summary>A listing request as its partner and the editors see it.</summary>
public sealed record ListingRow(int Id, int PartnerOrganisationId, string DisplayName, string CountryCode, string LandingPageUrl, DateOnly RequestedOn,
    string RequestedBy, DirectoryBatch Batch, ListingStatus Status, DateOnly? PublishOn, string? ReviewedBy, DateTimeOffset? ReviewedAt,
    string? RejectionReason, Guid Version)
{
    /// <summary>Issue 24: the short description submitted with the request.</summary>
    public string? Description { get; init; }

    /// <summary>Issue 24: the request's logo, or null.</summary>
    public ListingLogo? Logo { get; init; }

    public static ListingRow Of(DirectoryListing l) =>
        new(l.Id, l.PartnerOrganisationId, l.DisplayName, l.CountryCode, l.LandingPageUrl, l.RequestedOn, l.RequestedBy, l.Batch, l.Status,
            l.PublishOn, l.ReviewedBy, l.ReviewedAt, l.RejectionReason, l.Version)
        {
            Description = l.Description,
            Logo = l.Logo,
        };

    /// <summary>Whether a field differs from the listing it would replace (null: nothing listed yet).</summary>
    public bool Differs(ListingRow? current, Func<ListingRow, string?> field) => current is not null && field(current) != field(this);
}

