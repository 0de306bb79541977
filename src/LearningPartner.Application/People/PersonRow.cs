namespace LearningPartner.Application.People;

/// <summary>A person of the organisation as its partner admins see them (R-ORG-2).</summary>
/// <param name="Role">Null for a link made before roles were held in the portal (ADR-012).</param>
public sealed record PersonRow(int Id, string DisplayName, string Email, string? Role, DateTimeOffset LinkedAt, DateTimeOffset? DeactivatedAt)
{
    public bool IsActive => DeactivatedAt is null;
}
