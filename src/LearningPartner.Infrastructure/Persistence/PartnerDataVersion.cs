using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LearningPartner.Infrastructure.Persistence;

/// <summary>
/// A partner organisation's data version (issue 12): a number renewed in the same transaction as every change to a row
/// that names the organisation (its id in <c>PartnerOrganisationId</c>, or its partner id on an invoice line). A page built
/// from the partner's rows may be kept in memory under the version read before its rows: while the version is unchanged,
/// so is the page — on every instance, since the version lives in the shared database. The number is random, never
/// incremented: an increment needs the current value, and a value is never reused, which is all a cache key needs.
/// </summary>
public static class PartnerDataVersion
{
    /// <summary>The shadow property on <see cref="PartnerOrganisation"/>; infrastructure only, the domain does not know it.</summary>
    public const string Property = "DataVersion";

    private const string OrganisationKey = "PartnerOrganisationId";

    /// <summary>A fresh version: 63 random bits, so two writers never hand out the same one.</summary>
    public static long New() => Random.Shared.NextInt64();

    /// <summary>Renews the version of every organisation the pending changes name; called by SaveChanges before it saves.</summary>
    internal static async Task RenewForPendingChangesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var (organisationIds, partnerIds) = Named(db);
        if (Untracked(db, organisationIds, partnerIds) is { } untracked)
        {
            await untracked.LoadAsync(cancellationToken);
        }

        Renew(db, organisationIds, partnerIds);
    }

    /// <inheritdoc cref="RenewForPendingChangesAsync"/>
    internal static void RenewForPendingChanges(PortalDbContext db)
    {
        var (organisationIds, partnerIds) = Named(db);
        Untracked(db, organisationIds, partnerIds)?.Load();
        Renew(db, organisationIds, partnerIds);
    }

    /// <summary>
    /// For writes that bypass change tracking (the bulk insert of an import's invoice lines): renews the versions of the
    /// organisations with these partner ids, inside the caller's transaction.
    /// </summary>
    public static Task RenewAsync(PortalDbContext db, IReadOnlyCollection<string> partnerIds, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The data version is renewed in the transaction of the change it follows.");
        }

        var version = New();
        return db.PartnerOrganisations.Where(o => partnerIds.Contains(o.PartnerId))
            .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<long>(o, Property), version), cancellationToken);
    }

    private static (HashSet<int> OrganisationIds, HashSet<string> PartnerIds) Named(PortalDbContext db)
    {
        var organisationIds = new HashSet<int>();
        var partnerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case PartnerOrganisation when entry.State == EntityState.Added:
                    entry.Property(Property).CurrentValue = New();
                    break;
                case PartnerOrganisation organisation:
                    organisationIds.Add(organisation.Id);
                    break;
                case InvoiceLine line:
                    partnerIds.Add(line.PartnerId);
                    AddOriginal(entry, nameof(InvoiceLine.PartnerId), partnerIds);
                    break;
                default:
                    if (entry.Metadata.FindProperty(OrganisationKey) is not null)
                    {
                        var property = entry.Property(OrganisationKey);
                        if (!property.IsTemporary && property.CurrentValue is int id)
                        {
                            organisationIds.Add(id);
                        }

                        if (entry.State != EntityState.Added && property.OriginalValue is int original)
                        {
                            organisationIds.Add(original);
                        }
                    }

                    break;
            }
        }

        return (organisationIds, partnerIds);
    }

    private static void AddOriginal(EntityEntry entry, string property, HashSet<string> into)
    {
        if (entry.State != EntityState.Added && entry.Property(property).OriginalValue is string original)
        {
            into.Add(original);
        }
    }

    /// <summary>
    /// The named organisations not tracked yet, to be loaded tracked so that their new version is saved in SaveChanges'
    /// own batch and transaction; null when there are none.
    /// </summary>
    private static IQueryable<PartnerOrganisation>? Untracked(PortalDbContext db, HashSet<int> organisationIds, HashSet<string> partnerIds)
    {
        if (organisationIds.Count == 0 && partnerIds.Count == 0)
        {
            return null;
        }

        var tracked = db.ChangeTracker.Entries<PartnerOrganisation>().Select(e => e.Entity).ToList();
        var ids = organisationIds.Where(id => tracked.All(o => o.Id != id)).ToList();
        var partners = partnerIds.Where(id => tracked.All(o => o.PartnerId != id)).ToList();
        return ids.Count == 0 && partners.Count == 0
            ? null
            : db.PartnerOrganisations.Where(o => ids.Contains(o.Id) || partners.Contains(o.PartnerId));
    }

    private static void Renew(PortalDbContext db, HashSet<int> organisationIds, HashSet<string> partnerIds)
    {
        if (organisationIds.Count == 0 && partnerIds.Count == 0)
        {
            return;
        }

        var version = New();
        foreach (var entry in db.ChangeTracker.Entries<PartnerOrganisation>().ToList())
        {
            if (entry.State != EntityState.Deleted && (organisationIds.Contains(entry.Entity.Id) || partnerIds.Contains(entry.Entity.PartnerId)))
            {
                entry.Property(Property).CurrentValue = version;
            }
        }
    }
}
