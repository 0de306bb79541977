using LearningPartner.Domain.Resources;

namespace LearningPartner.Web.Features.Resources;

/// <summary>The edit form of one resource link (R-RES-1).</summary>
public sealed record ResourceLinkEditViewModel(ResourceLinkKind Kind, ResourceLinkInput Input);
