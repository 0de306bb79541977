namespace LearningPartner.Web.Identity;

/// <summary>Looks up the user-to-partner table by Entra object id.</summary>
public interface IPartnerUserLookup
{
    Task<PartnerLink?> FindAsync(string objectId, CancellationToken cancellationToken = default);
}
