using LearningPartner.Domain.Resources;

namespace LearningPartner.Application.Resources;

/// <summary>A resource link as the resources page lists it, with its English and (optional) Chinese texts (ADR-019).</summary>
public sealed record ResourceLinkRow(ResourceLinkKind Kind, string Title, string Url, string? Description, string? TitleZh, string? DescriptionZh);

/// <summary>A resource link as recorded, for its edit form; <see cref="Version"/> guards the edit against a concurrent one.</summary>
public sealed record ResourceLinkDetails(string Title, string Url, string? Description, string? TitleZh, string? DescriptionZh, Guid Version);
