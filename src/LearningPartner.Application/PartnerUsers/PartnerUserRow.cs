namespace LearningPartner.Application.PartnerUsers;

/// <summary>A membership (ADR-012): a person (tenant and object id) in an organisation, with the role the portal holds.</summary>
public sealed record PartnerUserRow(int Id, string TenantId, string ObjectId, string DisplayName, string Email, string PartnerId,
    string OrganisationName, string? Role, DateTimeOffset LinkedAt, DateTimeOffset? DeactivatedAt);

/// <summary>An organisation a user can be linked to.</summary>
public sealed record PartnerOption(string PartnerId, string Name);

/// <summary>The user-to-partner table and the organisations to link to.</summary>
public sealed record PartnerUserTable(IReadOnlyList<PartnerUserRow> Users, IReadOnlyList<PartnerOption> Partners);

/// <summary>
/// A membership staff make (e.g. when a company lost its last admin): the person's Entra tenant and object id, name and
/// email, the organisation's partner id, the partner role, and why (always recorded).
/// </summary>
public sealed record NewPartnerUser(string TenantId, string ObjectId, string DisplayName, string Email, string PartnerId, string Role, string Reason);
