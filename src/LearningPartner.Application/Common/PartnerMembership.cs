namespace LearningPartner.Application.Common;

/// <summary>
/// An organisation a signed-in person belongs to, with the partner role the portal holds for them there (R-ROLE-6).
/// <paramref name="Role"/> is null only for a link made before roles were held in the portal (ADR-012).
/// </summary>
public sealed record PartnerMembership(PartnerContext Partner, string? Role);
