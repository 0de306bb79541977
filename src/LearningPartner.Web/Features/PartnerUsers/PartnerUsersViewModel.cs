namespace LearningPartner.Web.Features.PartnerUsers;

public sealed record PartnerUsersViewModel(
    IReadOnlyList<PartnerUserRow> Users,
    IReadOnlyList<PartnerOption> Partners,
    LinkPartnerUserInput NewLink);

public sealed record PartnerOption(string PartnerId, string Name);
