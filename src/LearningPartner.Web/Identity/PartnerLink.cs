namespace LearningPartner.Web.Identity;

/// <summary>
/// The organisation a user acts for, from the user-to-partner table, with the organisation's data version read in the
/// same row at the start of the request (<see cref="LearningPartner.Infrastructure.Persistence.PartnerDataVersion"/>): a page
/// of the user's own organisation may use it as its cache key without reading it again.
/// </summary>
public sealed record PartnerLink(int OrganisationId, string PartnerId, string OrganisationName, long DataVersion = 0);
