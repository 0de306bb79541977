namespace LearningPartner.Web.Features.PartnerUsers;

/// <summary>Why staff remove a membership (recorded in the audit trail, ADR-012).</summary>
public sealed class UnlinkPartnerUserInput
{
    public string? Reason { get; set; }
}
