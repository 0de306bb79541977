using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Partners;

/// <summary>R-ORG-1: who accepted which version of the program agreement for an organisation, and when. Never changed.</summary>
public sealed class AgreementAcceptance
{
    private AgreementAcceptance()
    {
        Version = string.Empty;
        TenantId = string.Empty;
        ObjectId = string.Empty;
        AcceptedBy = string.Empty;
    }

    public AgreementAcceptance(int partnerOrganisationId, string version, string tenantId, string objectId, string acceptedBy,
        DateTimeOffset acceptedAt)
    {
        PartnerOrganisationId = partnerOrganisationId;
        Version = Guard.Text(version, 20, nameof(version));
        TenantId = Guard.Text(tenantId, 64, nameof(tenantId)).ToLowerInvariant();
        ObjectId = Guard.Text(objectId, 64, nameof(objectId)).ToLowerInvariant();
        AcceptedBy = Guard.Text(acceptedBy, 200, nameof(acceptedBy));
        AcceptedAt = acceptedAt;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    /// <summary>The agreement's version as configured when accepted (<c>Program:AgreementVersion</c>), e.g. "2026-1".</summary>
    public string Version { get; private set; }

    public string TenantId { get; private set; }

    public string ObjectId { get; private set; }

    /// <summary>The accepting person's name as it was then.</summary>
    public string AcceptedBy { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }
}
