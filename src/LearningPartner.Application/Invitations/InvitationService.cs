using System.Net.Mail;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Invitations;
using LearningPartner.Infrastructure.Email;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Invitations;

/// <summary>
/// R-ORG-2: an organisation's partner admins invite people by email with a partner role, resend an invitation (a new token
/// and a new expiry: the old link stops working) and revoke it. Every change writes its audit entry in the same save. The
/// email goes out after the change is committed, straight to the mail sender: the link's token is never stored, so it cannot
/// wait in the notices' outbox; a mail that could not be sent is reported, and resending sends a new link. The mail is written
/// in the inviting admin's language (issue 24), text and HTML.
/// </summary>
public sealed class InvitationService(
    PortalDbContext db,
    AuditLog audit,
    ProgramClock clock,
    EmailSender email,
    INoticeRenderer renderer,
    IPortalLinks links,
    IOptions<PublicAddressOptions> address,
    IOptions<InvitationOptions> options,
    ILogger<InvitationService> logger)
{
    public async Task<IReadOnlyList<InvitationRow>> ListAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.PartnerOrganisationId == partner.OrganisationId)
            .ToListAsync(cancellationToken);
        return [.. invitations.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.InvitedBy, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt, i.StateAt(now)))];
    }

    /// <summary>
    /// Invites an address. One pending invitation per address and organisation: an open one is refused (resend or revoke it);
    /// an expired one is renewed with the new role (ADR-014), so the address is never blocked by a link nobody used.
    /// </summary>
    public async Task<Result<InvitationSent>> InviteAsync(PartnerContext partner, NewInvitation invite, CancellationToken cancellationToken)
    {
        var normalized = Invitation.Normalize(invite.Email);
        if (await db.PartnerUsers.AnyAsync(u => u.PartnerOrganisationId == partner.OrganisationId && u.Email.ToUpper() == normalized, cancellationToken))
        {
            return Refusal.OnField(nameof(NewInvitation.Email), RefusalCode.InvitationEmailIsMember);
        }

        var now = clock.Now;
        var token = SecretToken.New();
        var pending = await db.Invitations.FirstOrDefaultAsync(
            i => i.PartnerOrganisationId == partner.OrganisationId && i.NormalizedEmail == normalized && i.AcceptedAt == null && i.RevokedAt == null,
            cancellationToken);
        if (pending?.StateAt(now) == InvitationState.Open)
        {
            return Refusal.OnField(nameof(NewInvitation.Email), RefusalCode.InvitationAlreadyOpen);
        }

        Invitation invitation;
        try
        {
            if (pending is not null)
            {
                var before = InvitationValues.Of(pending);
                pending.Renew(Invitation.HashOf(token), invite.InvitedBy, now, options.Value.ValidFor, invite.Role);
                audit.Record(AuditAction.InvitationSent, AuditSubject.Of(pending), before, InvitationValues.Of(pending));
                await db.SaveChangesAsync(cancellationToken);
                invitation = pending;
            }
            else
            {
                invitation = new Invitation(partner.OrganisationId, invite.Email, invite.Role, Invitation.HashOf(token), invite.InvitedBy, now,
                    options.Value.ValidFor);
                await db.InTransactionAsync(async ct =>
                {
                    db.Invitations.Add(invitation);
                    await db.SaveChangesAsync(ct);
                    audit.Record(AuditAction.InvitationSent, AuditSubject.Of(invitation), null, InvitationValues.Of(invitation));
                    await db.SaveChangesAsync(ct);
                    return true;
                }, cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            // Two admins inviting the same address at once: the one-pending-invitation index (or the version) decides.
            db.ChangeTracker.Clear();
            return Refusal.OnField(nameof(NewInvitation.Email), RefusalCode.InvitationAlreadyOpen);
        }

        return new InvitationSent(invitation.Id, await SendAsync(partner, invitation, token, invite.Language, cancellationToken));
    }

    /// <summary>A new link and a new expiry for a pending invitation; the old link stops working at once.</summary>
    /// <param name="language">The resending admin's language, the mail's.</param>
    public async Task<Result<InvitationSent>> ResendAsync(PartnerContext partner, int invitationId, string invitedBy, string? language,
        CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(partner, invitationId, cancellationToken);
        if (invitation is null)
        {
            return Result<InvitationSent>.NotFound();
        }

        if (!invitation.IsPending)
        {
            return Refusal.Of(RefusalCode.InvitationNotPending);
        }

        var token = SecretToken.New();
        var before = InvitationValues.Of(invitation);
        invitation.Renew(Invitation.HashOf(token), invitedBy, clock.Now, options.Value.ValidFor);
        audit.Record(AuditAction.InvitationResent, AuditSubject.Of(invitation), before, InvitationValues.Of(invitation));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.InvitationNotPending);
        }

        return new InvitationSent(invitation.Id, await SendAsync(partner, invitation, token, language, cancellationToken));
    }

    /// <summary>Withdraws a pending invitation: its link refuses from now on.</summary>
    public async Task<Result> RevokeAsync(PartnerContext partner, int invitationId, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(partner, invitationId, cancellationToken);
        if (invitation is null)
        {
            return Result.NotFound();
        }

        if (!invitation.IsPending)
        {
            return Refusal.Of(RefusalCode.InvitationNotPending);
        }

        var before = InvitationValues.Of(invitation);
        invitation.Revoke(clock.Now);
        audit.Record(AuditAction.InvitationRevoked, AuditSubject.Of(invitation), before, InvitationValues.Of(invitation));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted (or revoked) meanwhile.
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.InvitationNotPending);
        }

        return Result.Done();
    }

    /// <summary>R-ROLE-4: only the organisation's own invitations; another's id is not found.</summary>
    private Task<Invitation?> FindAsync(PartnerContext partner, int invitationId, CancellationToken cancellationToken) =>
        db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.PartnerOrganisationId == partner.OrganisationId, cancellationToken);

    private async Task<bool> SendAsync(PartnerContext partner, Invitation invitation, string token, string? language,
        CancellationToken cancellationToken)
    {
        var link = address.Value.Link(links.Invitation(token));
        var text = renderer.Invitation(new InvitationMailFacts(partner.Name, invitation.Role, invitation.InvitedBy, invitation.ExpiresAt, link),
            renderer.CultureFor(language));
        try
        {
            await email.SendAsync([invitation.Email], MailContent.Of(text.Subject, text.Paragraphs), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException)
        {
            logger.LogWarning(e, "Invitation {InvitationId} could not be emailed; a partner admin can resend it", invitation.Id);
            return false;
        }
    }
}
