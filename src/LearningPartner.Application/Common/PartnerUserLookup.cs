using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Common;

internal sealed class PartnerUserLookup(PortalDbContext db, SqlitePreparedReads sqliteReads) : IPartnerUserLookup
{
    // Every signed-in request reads the person's memberships (a removed or deactivated one takes effect at the next request),
    // so the read is as cheap as it can be (issue 12): a prepared statement on SQLite, a compiled query on SQL Server.
    private const string SqliteByPerson =
        """
        SELECT "o"."Id", "o"."PartnerId", "o"."Name", "o"."CountryCode", "o"."BillingCurrency", "o"."DataVersion", "u"."Role"
        FROM "PartnerUsers" AS "u" INNER JOIN "PartnerOrganisations" AS "o" ON "o"."Id" = "u"."PartnerOrganisationId"
        WHERE "u"."TenantId" = $p0 AND "u"."ObjectId" = $p1 AND "u"."DeactivatedAt" IS NULL
        ORDER BY "o"."Name", "o"."Id"
        """;

    private static readonly Func<PortalDbContext, string, string, IAsyncEnumerable<PartnerMembership>> ByPerson =
        EF.CompileAsyncQuery((PortalDbContext db, string tenantId, string objectId) => db.PartnerUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && u.ObjectId == objectId && u.DeactivatedAt == null)
            .OrderBy(u => u.PartnerOrganisation!.Name).ThenBy(u => u.PartnerOrganisationId)
            .Select(u => new PartnerMembership(
                new PartnerContext(u.PartnerOrganisationId, u.PartnerOrganisation!.PartnerId, u.PartnerOrganisation.Name,
                    u.PartnerOrganisation.CountryCode, u.PartnerOrganisation.BillingCurrency,
                    EF.Property<long>(u.PartnerOrganisation, PartnerDataVersion.Property)),
                u.Role)));

    public async Task<IReadOnlyList<PartnerMembership>> FindAsync(string tenantId, string objectId, CancellationToken cancellationToken = default)
    {
        var tenant = tenantId.ToLowerInvariant();
        var person = objectId.ToLowerInvariant();
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connectionString && sqliteReads.CanRead(connectionString))
        {
            return sqliteReads.Read(connectionString, SqliteByPerson, reader =>
            {
                var memberships = new List<PartnerMembership>();
                while (reader.Read())
                {
                    memberships.Add(new PartnerMembership(
                        new PartnerContext(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                            reader.GetInt64(5)),
                        reader.IsDBNull(6) ? null : reader.GetString(6)));
                }

                return memberships;
            }, tenant, person);
        }

        var found = new List<PartnerMembership>();
        await foreach (var membership in ByPerson(db, tenant, person).WithCancellation(cancellationToken))
        {
            found.Add(membership);
        }

        return found;
    }
}
