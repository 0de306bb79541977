using LearningPartner.Domain.Partners;

namespace LearningPartner.Application.Common;

/// <summary>
/// The partner organisation a request acts for, resolved once per request by the web layer's route filter (from the
/// signed-in user's link, or for staff by one read of the <c>{partnerId}</c> in the route) after access was checked
/// (R-ROLE-4). Use cases take it instead of looking the organisation up again: joins use <see cref="OrganisationId"/>;
/// <see cref="PartnerId"/> is the program's id, as it appears in URLs and on Courseware Marketplace invoice lines (R-KPI-1).
/// </summary>
/// <param name="DataVersion">
/// The organisation's data version read before any of its rows in this request (issue 12): pages kept in memory are kept
/// under it (<see cref="PartnerPages"/>).
/// </param>
public sealed record PartnerContext(int OrganisationId, string PartnerId, string Name, string CountryCode, string BillingCurrency,
    long DataVersion = 0)
{
    /// <summary>A context for an organisation row already read (staff queues, the directory, tests).</summary>
    public static PartnerContext Of(PartnerOrganisation organisation, long dataVersion = 0) =>
        new(organisation.Id, organisation.PartnerId, organisation.Name, organisation.CountryCode, organisation.BillingCurrency, dataVersion);
}
