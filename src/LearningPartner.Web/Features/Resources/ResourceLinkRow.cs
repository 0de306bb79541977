using LearningPartner.Domain.Resources;

namespace LearningPartner.Web.Features.Resources;

public sealed record ResourceLinkRow(ResourceLinkKind Kind, string Title, string Url, string? Description);

public sealed record ResourceLinkEditViewModel(ResourceLinkKind Kind, ResourceLinkInput Input);
