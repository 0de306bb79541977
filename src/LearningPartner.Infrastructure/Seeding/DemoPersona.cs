namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// A local sign-in persona for Development and tests. It signs in with the claims Entra ID would issue
/// (object id, app roles, name), so it goes through the same mapping as a real user.
/// </summary>
public sealed record DemoPersona(
    string Key,
    string ObjectId,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    string? PartnerId,
    string Description,
    string TenantId = DemoPersonas.HomeTenantId);
