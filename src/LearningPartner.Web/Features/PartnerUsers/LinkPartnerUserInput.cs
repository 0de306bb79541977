namespace LearningPartner.Web.Features.PartnerUsers;

/// <summary>A membership, as typed by support staff (ADR-012).</summary>
public sealed class LinkPartnerUserInput
{
    /// <summary>The person's Entra tenant; the form starts with the operator's home tenant.</summary>
    public string? TenantId { get; set; }

    public string? ObjectId { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? PartnerId { get; set; }

    public string? Role { get; set; }

    public string? Reason { get; set; }
}
