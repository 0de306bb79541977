using System.Globalization;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Benchmarks;

/// <summary>The large data sets the benchmarks run on, written straight into a migrated SQLite database.</summary>
internal static class BenchData
{
    /// <summary>
    /// <paramref name="lines"/> KPI lines over 10,000 partner ids (4100000–4109999), invoice dates in the two years before
    /// <paramref name="today"/>; the first <paramref name="bigPartnerLines"/> belong to <paramref name="bigPartner"/>.
    /// </summary>
    public static void InsertInvoiceLines(SqliteConnection connection, int lines, string bigPartner, int bigPartnerLines, DateOnly today)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO InvoiceLines (PartnerId, InvoiceNumber, LineNumber, InvoiceDate, InvoiceMonth, OmlpType, Units, KpiValue,
                                      KpiCategory, Source, RecordedAt, RevenueAmount, RevenueCurrency)
            VALUES ($p, $n, 1, $d, $m, $t, $u, $k, $c, 'bench', 0, $r, 'USD') -- decimals as ten-thousandths (ScaledDecimalConverter)
            """;
        var p = insert.Parameters.Add("$p", SqliteType.Text);
        var n = insert.Parameters.Add("$n", SqliteType.Text);
        var d = insert.Parameters.Add("$d", SqliteType.Text);
        var m = insert.Parameters.Add("$m", SqliteType.Integer);
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        var u = insert.Parameters.Add("$u", SqliteType.Integer);
        var k = insert.Parameters.Add("$k", SqliteType.Integer);
        var c = insert.Parameters.Add("$c", SqliteType.Text);
        var r = insert.Parameters.Add("$r", SqliteType.Integer);
        var random = new Random(5);
        for (var i = 0; i < lines; i++)
        {
            var partner = i < bigPartnerLines ? bigPartner : (4_100_000 + random.Next(10_000)).ToString(CultureInfo.InvariantCulture);
            var units = random.Next(1, 30);
            var certification = random.Next(3) == 0;
            p.Value = partner;
            n.Value = $"B{i:0000000}";
            var date = today.AddDays(-random.Next(0, 730));
            d.Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            m.Value = InvoiceLine.MonthKey(date);
            t.Value = certification ? "EXAM-VOUCHER" : "MOC";
            u.Value = units;
            k.Value = units * 10_000L;
            c.Value = certification ? "certification" : "courseware";
            r.Value = units * 95 * 10_000L;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        analyze.ExecuteNonQuery();
    }

    /// <summary>
    /// <paramref name="partners"/> organisations (ids 4500000…) in ten countries, each with a published directory listing
    /// and the LAP; one in five also silver, one in twenty gold (activated 2026-06-01, held through 2027).
    /// </summary>
    public static void AddListedPartners(PortalDbContext db, int partners)
    {
        string[] countries = ["US", "DE", "FR", "GB", "CN", "JP", "IN", "BR", "AU", "CA"];
        var attested = new ListingAttestation(true, true, true);
        var at = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var organisations = Enumerable.Range(0, partners)
            .Select(i => new PartnerOrganisation($"45{i:00000}", $"Partner {i:00000} Training", countries[i % countries.Length]))
            .ToList();
        db.PartnerOrganisations.AddRange(organisations);
        db.SaveChanges();
        for (var i = 0; i < partners; i++)
        {
            var id = organisations[i].Id;
            // Every partner holds the LAP; one in five also silver, one in twenty gold (activated 2026-06-01, held through 2027).
            Add(db, id, LearningLevel.LearningActionPack, null, at);
            if (i % 5 == 0)
            {
                Add(db, id, LearningLevel.Silver, "SECURITY", at);
            }

            if (i % 20 == 0)
            {
                Add(db, id, LearningLevel.Gold, "CLOUD-PLATFORM", at);
            }

            var listing = new DirectoryListing(id, new ListingDetails(organisations[i].Name, organisations[i].CountryCode,
                $"https://partner-{i}.example/microsoft"), attested, "bench", new DateOnly(2026, 9, 3), at);
            listing.Approve("bench", at, listing.RequestedOn, attested);
            db.DirectoryListings.Add(listing);
        }

        db.SaveChanges();
    }

    private static void Add(PortalDbContext db, int organisationId, LearningLevel level, string? competency, DateTimeOffset at)
    {
        var enrollment = new Enrollment(organisationId, level, competency, at);
        enrollment.Activate(DateOnly.FromDateTime(at.UtcDateTime));
        db.Enrollments.Add(enrollment);
    }

    public static PortalDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={path}", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly)).Options);
}
