using LearningPartner.Application.Resources;

namespace LearningPartner.Web.Features.Resources;

/// <summary>
/// An edit of one resource link: its English title and description, their optional Chinese versions (ADR-019), and the
/// address; <see cref="Version"/> is the concurrency token the form read.
/// </summary>
public sealed class ResourceLinkInput
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Description { get; set; }

    public string? TitleZh { get; set; }

    public string? DescriptionZh { get; set; }

    public Guid Version { get; set; }

    public static ResourceLinkInput Of(ResourceLinkDetails link) =>
        new()
        {
            Title = link.Title,
            Url = link.Url,
            Description = link.Description,
            TitleZh = link.TitleZh,
            DescriptionZh = link.DescriptionZh,
            Version = link.Version,
        };

    /// <summary>The validated input as the use case takes it.</summary>
    public ResourceLinkDetails ToDetails() => new(Title!, Url!, Description, TitleZh, DescriptionZh, Version);
}
