using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Identity;

internal sealed class PartnerUserLookup(PortalDbContext db, SqlitePreparedReads sqliteReads) : IPartnerUserLookup
{
    // Every signed-in request reads the user's link (ADR-002: a removed row takes effect at the next request), so the read
    // is as cheap as it can be (issue 12): a prepared statement on SQLite, a compiled query on SQL Server.
    private const string SqliteByObjectId =
        """
        SELECT "o"."Id", "o"."PartnerId", "o"."Name", "o"."DataVersion"
        FROM "PartnerUsers" AS "u" INNER JOIN "PartnerOrganisations" AS "o" ON "o"."Id" = "u"."PartnerOrganisationId"
        WHERE "u"."ObjectId" = $p0
        """;

    private static readonly Func<PortalDbContext, string, CancellationToken, Task<PartnerLink?>> ByObjectId =
        EF.CompileAsyncQuery((PortalDbContext db, string key, CancellationToken cancellationToken) => db.PartnerUsers.AsNoTracking()
            .Where(u => u.ObjectId == key)
            .Select(u => new PartnerLink(u.PartnerOrganisationId, u.PartnerOrganisation!.PartnerId, u.PartnerOrganisation.Name,
                EF.Property<long>(u.PartnerOrganisation, PartnerDataVersion.Property)))
            .FirstOrDefault());

    public Task<PartnerLink?> FindAsync(string objectId, CancellationToken cancellationToken = default)
    {
        var key = objectId.ToLowerInvariant();
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connectionString && sqliteReads.CanRead(connectionString))
        {
            return Task.FromResult(sqliteReads.Read(connectionString, SqliteByObjectId, reader => reader.Read()
                ? new PartnerLink(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3))
                : null, key));
        }

        return ByObjectId(db, key, cancellationToken);
    }
}
