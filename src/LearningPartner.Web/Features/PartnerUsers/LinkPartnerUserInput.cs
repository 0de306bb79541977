namespace LearningPartner.Web.Features.PartnerUsers;

/// <summary>A new row of the user-to-partner table, as typed by support staff.</summary>
public sealed class LinkPartnerUserInput
{
    public string? ObjectId { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? PartnerId { get; set; }
}
