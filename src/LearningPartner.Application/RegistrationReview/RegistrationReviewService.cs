using LearningPartner.Application.Common;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.RegistrationReview;

/// <summary>
/// R-ORG-1, R-ROLE-2: support staff verify a registered company (it may order from then on) or reject it with a reason its
/// people read on their overview. Possible duplicates (<see cref="DuplicateRegistrations"/>) are shown beside each.
/// </summary>
public sealed class RegistrationReviewService(PortalDbContext db, AuditLog audit, PartnerNotifier notifier, NotificationSignal signal,
    IPortalLinks links, ProgramClock clock)
{
    public async Task<RegistrationQueue> QueueAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.PartnerOrganisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var acceptances = await db.AgreementAcceptances.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var facts = organisations.Select(o => new CompanyFacts(o.PartnerId, o.Name, o.CountryCode, o.TaxId, o.Website)).ToList();
        var pending = organisations
            .Where(o => o.Verification == VerificationStatus.PendingVerification)
            .OrderBy(o => o.RegisteredAt)
            .Select(o =>
            {
                var accepted = acceptances.LastOrDefault(a => a.PartnerOrganisationId == o.Id);
                return new PendingRegistration(o.Id, o.PartnerId, o.Name, o.CountryCode, o.Address ?? string.Empty, o.Website ?? string.Empty,
                    o.TaxId ?? string.Empty, o.ContactName ?? string.Empty, o.ContactEmail ?? string.Empty, o.RegisteredAt!.Value,
                    accepted?.Version, accepted?.AcceptedBy,
                    DuplicateRegistrations.Find(new CompanyFacts(o.PartnerId, o.Name, o.CountryCode, o.TaxId, o.Website), facts));
            })
            .ToList();
        return new RegistrationQueue(pending);
    }

    public Task<Result> VerifyAsync(int registrationId, CancellationToken cancellationToken) =>
        DecideAsync(registrationId, AuditAction.PartnerVerified, NoticeKind.RegistrationVerified, null, o => o.Verify(clock.Now), cancellationToken);

    public Task<Result> RejectAsync(int registrationId, string reason, CancellationToken cancellationToken) =>
        DecideAsync(registrationId, AuditAction.PartnerRejected, NoticeKind.RegistrationRejected, reason.Trim(), o => o.Reject(clock.Now, reason),
            cancellationToken);

    private async Task<Result> DecideAsync(int registrationId, AuditAction action, NoticeKind notice, string? why, Action<PartnerOrganisation> decide,
        CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.FirstOrDefaultAsync(o => o.Id == registrationId, cancellationToken);
        if (organisation?.RegisteredAt is null)
        {
            return Result.NotFound();
        }

        if (organisation.Verification != VerificationStatus.PendingVerification)
        {
            return Refusal.Of(RefusalCode.RegistrationDecidedMeanwhile);
        }

        var before = DecisionValues.Of(organisation);
        decide(organisation);
        // Pages kept under the partner's data version show the decision at once (issue 12).
        db.Entry(organisation).Property(PartnerDataVersion.Property).CurrentValue = PartnerDataVersion.New();
        audit.Record(action, AuditSubject.Of(organisation), before, DecisionValues.Of(organisation), why);
        // The company's people hear of the decision by mail, in their language, saved with it (one transaction).
        await notifier.NotifyActiveMembersAsync(organisation.Id, notice,
            new RegistrationDecisionFacts(organisation.Name, organisation.PartnerId, clock.Today, why).ToJson(), links.Overview(organisation.PartnerId),
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.RegistrationDecidedMeanwhile);
        }

        signal.Poke();
        return Result.Done();
    }

    private sealed record DecisionValues(VerificationStatus Status, DateTimeOffset? VerifiedAt, DateTimeOffset? RejectedAt, string? RejectionReason)
    {
        public static DecisionValues Of(PartnerOrganisation o) => new(o.Verification, o.VerifiedAt, o.RejectedAt, o.RejectionReason);
    }
}
