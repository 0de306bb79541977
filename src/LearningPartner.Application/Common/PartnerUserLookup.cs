using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Common;

internal sealed class PartnerUserLookup(PortalDbContext db, SqlitePreparedReads sqliteReads) : IPartnerUserLookup
{
    // Every signed-in request reads the user's link (ADR-002: a removed row takes effect at the next request), so the read
    // is as cheap as it can be (issue 12): a prepared statement on SQLite, a compiled query on SQL Server.
    private const string SqliteByObjectId =
        """
        SELECT "o"."Id", "o"."PartnerId", "o"."Name", "o"."CountryCode", "o"."BillingCurrency", "o"."DataVersion"
        FROM "PartnerUsers" AS "u" INNER JOIN "PartnerOrganisations" AS "o" ON "o"."Id" = "u"."PartnerOrganisationId"
        WHERE "u"."ObjectId" = $p0
        """;

    private static readonly Func<PortalDbContext, string, CancellationToken, Task<PartnerContext?>> ByObjectId =
        EF.CompileAsyncQuery((PortalDbContext db, string key, CancellationToken cancellationToken) => db.PartnerUsers.AsNoTracking()
            .Where(u => u.ObjectId == key)
            .Select(u => new PartnerContext(u.PartnerOrganisationId, u.PartnerOrganisation!.PartnerId, u.PartnerOrganisation.Name,
                u.PartnerOrganisation.CountryCode, u.PartnerOrganisation.BillingCurrency,
                EF.Property<long>(u.PartnerOrganisation, PartnerDataVersion.Property)))
            .FirstOrDefault());

    public Task<PartnerContext?> FindAsync(string objectId, CancellationToken cancellationToken = default)
    {
        var key = objectId.ToLowerInvariant();
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connectionString && sqliteReads.CanRead(connectionString))
        {
            return Task.FromResult(sqliteReads.Read(connectionString, SqliteByObjectId, reader => reader.Read()
                ? new PartnerContext(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetInt64(5))
                : null, key));
        }

        return ByObjectId(db, key, cancellationToken);
    }
}
