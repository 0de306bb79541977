using System.Globalization;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Registration;

/// <summary>
/// R-ORG-1: a training company joins by registering. In one transaction it gets the next free partner id, its registering
/// person becomes its first partner admin and their acceptance of the program agreement is recorded, each audited. It is
/// pending verification from then on, and cannot order until support staff verify it.
/// </summary>
public sealed class RegistrationService(PortalDbContext db, AuditLog audit, ProgramClock clock, IOptions<ProgramOptions> program)
{
    /// <summary>The first partner id the program gives out (7 digits, as on Courseware Marketplace invoices).</summary>
    public const int FirstPartnerId = 4100001;

    private const int Attempts = 5;

    /// <summary>Whether the person may register: not when they already belong to an organisation (R-ORG-1: one signs up once).</summary>
    public async Task<bool> MayRegisterAsync(string tenantId, string objectId, CancellationToken cancellationToken)
    {
        var (tenant, person) = (tenantId.ToLowerInvariant(), objectId.ToLowerInvariant());
        var registrant = PartnerOrganisation.RegistrantKey(tenant, person);
        return !await db.PartnerUsers.AnyAsync(u => u.TenantId == tenant && u.ObjectId == person && u.DeactivatedAt == null, cancellationToken)
               && !await db.PartnerOrganisations.AnyAsync(o => o.RegisteredBy == registrant && o.VerifiedAt == null && o.RejectedAt == null,
                   cancellationToken);
    }

    /// <summary>Registers the company and answers with its new partner id.</summary>
    public async Task<Result<string>> RegisterAsync(Registrant registrant, RegisterCompany company, CancellationToken cancellationToken)
    {
        if (!await MayRegisterAsync(registrant.TenantId, registrant.ObjectId, cancellationToken))
        {
            return Refusal.Of(RefusalCode.AlreadyMember);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InTransactionAsync(ct => RegisterInTransactionAsync(registrant, company, ct), cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                if (!await MayRegisterAsync(registrant.TenantId, registrant.ObjectId, cancellationToken))
                {
                    // The same person's other sign-up, sent at once, registered the company (the RegisteredBy index refused ours).
                    return Refusal.Of(RefusalCode.AlreadyMember);
                }

                // Another sign-up took the same next partner id first: the unique index refused ours; take the next one.
            }
        }
    }

    /// <summary>R-ORG-1: the partner's registration state, as its overview and enroll pages show it.</summary>
    public async Task<RegistrationStatus> StatusAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        // One read on every overview and enroll page (they are otherwise kept pages): the facts and the latest acceptance together.
        var organisation = await db.PartnerOrganisations.AsNoTracking()
            .Where(o => o.Id == partner.OrganisationId)
            .Select(o => new
            {
                o.RegisteredAt,
                o.VerifiedAt,
                o.RejectedAt,
                o.RejectionReason,
                LatestAccepted = db.AgreementAcceptances.Where(a => a.PartnerOrganisationId == o.Id)
                    .OrderByDescending(a => a.Id).Select(a => a.Version).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var version = program.Value.AgreementVersion;
        return new RegistrationStatus(PartnerOrganisation.StatusOf(organisation.RegisteredAt, organisation.VerifiedAt, organisation.RejectedAt),
            organisation.RejectionReason, version, AgreementRules.MustAccept(version, organisation.LatestAccepted, organisation.RegisteredAt is not null));
    }

    /// <summary>R-ORG-1: a partner admin accepts the agreement's current version (again, when it is newer than the accepted one).</summary>
    public async Task<Result> AcceptAgreementAsync(PartnerContext partner, Registrant person, CancellationToken cancellationToken)
    {
        var version = program.Value.AgreementVersion;
        if (await db.AgreementAcceptances.AnyAsync(a => a.PartnerOrganisationId == partner.OrganisationId && a.Version == version, cancellationToken)
            && !(await StatusAsync(partner, cancellationToken)).MustAcceptAgreement)
        {
            return Result.Done();
        }

        await db.InTransactionAsync(async ct =>
        {
            var acceptance = new AgreementAcceptance(partner.OrganisationId, version, person.TenantId, person.ObjectId, person.DisplayName, clock.Now);
            db.AgreementAcceptances.Add(acceptance);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.AgreementAccepted, AuditSubject.Of(acceptance), null, AcceptanceValues.Of(acceptance));
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        return Result.Done();
    }

    private async Task<Result<string>> RegisterInTransactionAsync(Registrant registrant, RegisterCompany company, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var partnerId = await NextPartnerIdAsync(cancellationToken);
        var organisation = PartnerOrganisation.Register(partnerId, company.LegalName, company.CountryCode,
            new Domain.Partners.Registration(company.Address, company.Website, company.TaxId, company.ContactName, company.ContactEmail), now,
            PartnerOrganisation.RegistrantKey(registrant.TenantId, registrant.ObjectId));
        db.PartnerOrganisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);

        var admin = new PartnerUser(registrant.TenantId, registrant.ObjectId, registrant.DisplayName, registrant.Email, organisation.Id,
            PortalRoles.PartnerAdmin, now);
        var acceptance = new AgreementAcceptance(organisation.Id, program.Value.AgreementVersion, registrant.TenantId, registrant.ObjectId,
            registrant.DisplayName, now);
        db.PartnerUsers.Add(admin);
        db.AgreementAcceptances.Add(acceptance);
        await db.SaveChangesAsync(cancellationToken);

        audit.Record(AuditAction.PartnerRegistered, AuditSubject.Of(organisation), null, RegistrationValues.Of(organisation));
        audit.Record(AuditAction.PartnerUserLinked, AuditSubject.Of(admin), null,
            new { admin.TenantId, admin.ObjectId, admin.DisplayName, admin.Email, PartnerId = partnerId, admin.Role });
        audit.Record(AuditAction.AgreementAccepted, AuditSubject.Of(acceptance), null, AcceptanceValues.Of(acceptance));
        await db.SaveChangesAsync(cancellationToken);
        return partnerId;
    }

    /// <summary>One more than the highest 7-digit partner id in use; the unique index settles two sign-ups taking it at once.</summary>
    private async Task<string> NextPartnerIdAsync(CancellationToken cancellationToken)
    {
        var ids = await db.PartnerOrganisations.AsNoTracking().Select(o => o.PartnerId).Where(id => id.Length == 7).ToListAsync(cancellationToken);
        var highest = ids.Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return Math.Max(highest + 1, FirstPartnerId).ToString(CultureInfo.InvariantCulture);
    }

    private sealed record RegistrationValues(string PartnerId, string LegalName, string CountryCode, string? Address, string? Website, string? TaxId,
        string? ContactName, string? ContactEmail)
    {
        public static RegistrationValues Of(PartnerOrganisation o) =>
            new(o.PartnerId, o.Name, o.CountryCode, o.Address, o.Website, o.TaxId, o.ContactName, o.ContactEmail);
    }
}

/// <summary>An agreement acceptance as the audit trail records it.</summary>
internal sealed record AcceptanceValues(string Version, string TenantId, string ObjectId, string AcceptedBy)
{
    public static AcceptanceValues Of(AgreementAcceptance a) => new(a.Version, a.TenantId, a.ObjectId, a.AcceptedBy);
}
