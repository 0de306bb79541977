namespace LearningPartner.Application.Common;

/// <summary>The organisation a signed-in user acts for, from the user-to-partner table (ADR-002), read on every request.</summary>
public interface IPartnerUserLookup
{
    Task<PartnerContext?> FindAsync(string objectId, CancellationToken cancellationToken = default);
}
