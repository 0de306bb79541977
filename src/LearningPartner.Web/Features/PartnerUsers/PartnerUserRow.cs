namespace LearningPartner.Web.Features.PartnerUsers;

public sealed record PartnerUserRow(int Id, string ObjectId, string DisplayName, string Email, string PartnerId,
    string OrganisationName, DateTimeOffset LinkedAt);
