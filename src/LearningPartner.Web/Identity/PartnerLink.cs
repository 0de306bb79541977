namespace LearningPartner.Web.Identity;

/// <summary>The organisation a user acts for, from the user-to-partner table.</summary>
public sealed record PartnerLink(int OrganisationId, string PartnerId, string OrganisationName);
