using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Partners;

/// <summary>
/// A row of the user-to-partner table: which organisation an Entra ID user (by object id) acts for.
/// Roles are not stored here; they come from the user's Entra app-role claims (ADR-002).
/// Removing the row removes the user's access to the organisation at the next request.
/// </summary>
public sealed class PartnerUser
{
    private PartnerUser()
    {
        ObjectId = string.Empty;
        DisplayName = string.Empty;
        Email = string.Empty;
    }

    public PartnerUser(string objectId, string displayName, string email, int partnerOrganisationId, DateTimeOffset linkedAt)
    {
        ObjectId = Guard.Text(objectId, 64, nameof(objectId)).ToLowerInvariant();
        DisplayName = Guard.Text(displayName, 200, nameof(displayName));
        Email = Guard.Text(email, 254, nameof(email));
        PartnerOrganisationId = partnerOrganisationId;
        LinkedAt = linkedAt;
    }

    public int Id { get; private set; }

    /// <summary>The Entra ID object id (the "oid" claim), lower case.</summary>
    public string ObjectId { get; private set; }

    public string DisplayName { get; private set; }

    public string Email { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public PartnerOrganisation? PartnerOrganisation { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }
}
