using LearningPartner.Application.PartnerUsers;

namespace LearningPartner.Web.Features.PartnerUsers;

/// <summary>The user-to-partner table and the form to link a user.</summary>
public sealed record PartnerUsersViewModel(PartnerUserTable Table, LinkPartnerUserInput NewLink);
