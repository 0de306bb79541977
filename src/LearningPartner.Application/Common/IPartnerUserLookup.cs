namespace LearningPartner.Application.Common;

/// <summary>
/// The organisations a signed-in person belongs to (active memberships, by Entra tenant and object id), read on every
/// request so that a removed or deactivated membership takes effect at the next one (ADR-012).
/// </summary>
public interface IPartnerUserLookup
{
    Task<IReadOnlyList<PartnerMembership>> FindAsync(string tenantId, string objectId, CancellationToken cancellationToken = default);
}
