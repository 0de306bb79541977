namespace LearningPartner.Web.Features.Resources;

/// <summary>An edit of one resource link; <see cref="Version"/> is the concurrency token the form read.</summary>
public sealed class ResourceLinkInput
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Description { get; set; }

    public Guid Version { get; set; }
}
