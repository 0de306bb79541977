using LearningPartner.Application.Common;
using LearningPartner.Application.Invitations;

namespace LearningPartner.Web.Features.Invitations;

/// <summary>The organisation's invitations (open, accepted, expired, revoked) and the form to invite someone.</summary>
public sealed record InvitationsViewModel(PartnerContext Partner, IReadOnlyList<InvitationRow> Invitations, InvitationInput NewInvitation);

/// <summary>
/// An invitation's page for the signed-in person holding its link: what it grants, and either the Accept button or why they
/// cannot accept it (<see cref="Refusal"/>, in their language).
/// </summary>
public sealed record InvitationPageViewModel(string Token, InvitationView Invitation, string? Refusal);
