using LearningPartner.Domain.Resources;

namespace LearningPartner.Application.Resources;

public sealed record ResourceLinkRow(ResourceLinkKind Kind, string Title, string Url, string? Description);

/// <summary>A resource link as recorded, for its edit form; <see cref="Version"/> guards the edit against a concurrent one.</summary>
public sealed record ResourceLinkDetails(string Title, string Url, string? Description, Guid Version);
