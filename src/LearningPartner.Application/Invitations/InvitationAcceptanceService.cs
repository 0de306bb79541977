using LearningPartner.Application.Common;
using LearningPartner.Domain.Invitations;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Invitations;

/// <summary>
/// R-ORG-2: the person holding an invitation's link accepts it, signed in. The token alone names the invitation, and so the
/// organisation: whatever organisation the person acts for elsewhere, the membership is made in the invitation's. Accepted
/// only while open and only by a person whose verified email is the invited one; then the membership and the invitation's
/// acceptance are saved together, in one transaction, or not at all. Two acceptances at once make one membership: the
/// invitation's version (and, for the same person, the unique membership index) refuses the second save.
/// </summary>
public sealed class InvitationAcceptanceService(PortalDbContext db, AuditLog audit, ProgramClock clock)
{
    /// <summary>The invitation of the link, as <paramref name="invitee"/> sees it; null when no invitation has this token.</summary>
    public async Task<InvitationView?> FindAsync(string token, InvitationInvitee invitee, CancellationToken cancellationToken)
    {
        var member = await IsMemberAsync(token, invitee, cancellationToken);
        var invitation = await ByTokenAsync(token, cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        var organisation = invitation.PartnerOrganisation!;
        return new InvitationView(organisation.Name, organisation.PartnerId, invitation.Role, invitation.Email, invitation.ExpiresAt,
            Check(invitation, invitee, member));
    }

    /// <summary>Accepts the invitation of the link; done with the partner id of the organisation joined.</summary>
    public async Task<Result<string>> AcceptAsync(string token, InvitationInvitee invitee, CancellationToken cancellationToken)
    {
        var member = await IsMemberAsync(token, invitee, cancellationToken);
        var invitation = await ByTokenAsync(token, cancellationToken);
        if (invitation is null)
        {
            return Result<string>.NotFound();
        }

        if (Check(invitation, invitee, member) is { } refusal)
        {
            return refusal;
        }

        var now = clock.Now;
        var before = InvitationValues.Of(invitation);
        var name = invitee.DisplayName.Length > 200 ? invitee.DisplayName[..200] : invitee.DisplayName;
        var membership = new PartnerUser(invitee.TenantId, invitee.ObjectId, name, invitee.VerifiedEmail!, invitation.PartnerOrganisationId,
            invitation.Role, now);
        invitation.Accept(now, invitee.VerifiedEmail!, invitee.TenantId, invitee.ObjectId);
        db.PartnerUsers.Add(membership);
        audit.Record(AuditAction.InvitationAccepted, AuditSubject.Of(invitation), before, InvitationValues.Of(invitation));
        try
        {
            // One save: the membership, the invitation's acceptance and the audit entry commit together (one transaction).
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Accepted meanwhile by another request: the invitation's version, or the unique membership index, refused this one.
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.InvitationAlreadyUsed);
        }

        return invitation.PartnerOrganisation!.PartnerId;
    }

    private Task<Invitation?> ByTokenAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Invitation.HashOf(token);
        return db.Invitations.Include(i => i.PartnerOrganisation).FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    /// <summary>
    /// Whether the invitee already belongs to the link's organisation. Read before the invitation, so that when another
    /// request accepts it in between, this one sees the invitation used (or fails at its save), never "already a member".
    /// </summary>
    private Task<bool> IsMemberAsync(string token, InvitationInvitee invitee, CancellationToken cancellationToken)
    {
        var hash = Invitation.HashOf(token);
        var tenantId = invitee.TenantId.ToLowerInvariant();
        var objectId = invitee.ObjectId.ToLowerInvariant();
        return db.PartnerUsers.AnyAsync(u => u.TenantId == tenantId && u.ObjectId == objectId
            && db.Invitations.Any(i => i.TokenHash == hash && i.PartnerOrganisationId == u.PartnerOrganisationId), cancellationToken);
    }

    private Refusal? Check(Invitation invitation, InvitationInvitee invitee, bool member)
    {
        switch (invitation.CheckAcceptance(clock.Now, invitee.VerifiedEmail))
        {
            case InvitationRefusal.Revoked:
                return Refusal.Of(RefusalCode.InvitationRevoked);
            case InvitationRefusal.AlreadyUsed:
                return Refusal.Of(RefusalCode.InvitationAlreadyUsed);
            case InvitationRefusal.Expired:
                return Refusal.Of(RefusalCode.InvitationExpired, invitation.ExpiresAt);
            case InvitationRefusal.EmailMismatch:
                return Refusal.Of(RefusalCode.InvitationForAnotherEmail, invitee.VerifiedEmail ?? string.Empty);
        }

        return member ? Refusal.Of(RefusalCode.InvitationAlreadyMember) : null;
    }
}
