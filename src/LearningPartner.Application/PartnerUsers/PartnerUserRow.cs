namespace LearningPartner.Application.PartnerUsers;

/// <summary>A row of the user-to-partner table (ADR-002): which organisation an Entra user acts for.</summary>
public sealed record PartnerUserRow(int Id, string ObjectId, string DisplayName, string Email, string PartnerId,
    string OrganisationName, DateTimeOffset LinkedAt);

/// <summary>An organisation a user can be linked to.</summary>
public sealed record PartnerOption(string PartnerId, string Name);

/// <summary>The user-to-partner table and the organisations to link to.</summary>
public sealed record PartnerUserTable(IReadOnlyList<PartnerUserRow> Users, IReadOnlyList<PartnerOption> Partners);

/// <summary>A new link: the user's Entra object id, name and email, and the partner id of the organisation it acts for.</summary>
public sealed record NewPartnerUser(string ObjectId, string DisplayName, string Email, string PartnerId);
