using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Resources;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.Persistence;

public sealed class SqlitePersistenceTests
{
    [Fact]
    public async Task DecimalSumsAreExactOnSqlite()
    {
        // 1,000 lines of 0.10 sum to exactly 100.00; a floating-point sum would give 99.9999999999986.
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var db = TestDatabases.Sqlite(connection))
        {
            for (var i = 1; i <= 1000; i++)
            {
                db.InvoiceLines.Add(new InvoiceLine("4100001", "CM-1", i, new DateOnly(2026, 1, 5), "MOC", 1,
                    new Money(0.10m, "USD"), "test", DateTimeOffset.UnixEpoch));
            }

            db.InvoiceLines.Add(new InvoiceLine("4100001", "CM-2", 1, new DateOnly(2026, 1, 6), "MOC", 1,
                new Money(12345678901.2345m, "USD"), "test", DateTimeOffset.UnixEpoch));
            await db.SaveChangesAsync();
        }

        await using var read = TestDatabases.Sqlite(connection);
        var small = await read.InvoiceLines.Where(l => l.InvoiceNumber == "CM-1").SumAsync(l => l.RevenueAmount);
        var all = await read.InvoiceLines.SumAsync(l => l.RevenueAmount);

        Assert.Equal(100.00m, small);
        Assert.Equal(12345679001.2345m, all);
    }

    [Fact]
    public async Task MoneyRoundTripsWithItsCurrency()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var db = TestDatabases.Sqlite(connection))
        {
            db.InvoiceLines.Add(new InvoiceLine("4100003", "CM-9", 1, new DateOnly(2026, 2, 1), "DMOC", 3,
                new Money(1999.9999m, "CNY"), "test", DateTimeOffset.UnixEpoch));
            await db.SaveChangesAsync();
        }

        await using var read = TestDatabases.Sqlite(connection);
        var line = await read.InvoiceLines.SingleAsync();

        Assert.Equal(new Money(1999.9999m, "CNY"), line.Revenue);
    }

    [Fact]
    public async Task AStaleUpdateIsRefusedByTheConcurrencyToken()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var seed = TestDatabases.Sqlite(connection))
        {
            seed.ResourceLinks.Add(new ResourceLink(ResourceLinkKind.EnrollmentGuide, "Guide", new Uri("https://example.com/"), null));
            await seed.SaveChangesAsync();
        }

        await using var first = TestDatabases.Sqlite(connection);
        await using var second = TestDatabases.Sqlite(connection);
        var mine = await first.ResourceLinks.SingleAsync();
        var theirs = await second.ResourceLinks.SingleAsync();

        theirs.Change("Their guide", new Uri("https://example.com/theirs"), null, null, null);
        await second.SaveChangesAsync();
        mine.Change("My guide", new Uri("https://example.com/mine"), null, "我的指南", null);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        await using var read = TestDatabases.Sqlite(connection);
        Assert.Equal("Their guide", (await read.ResourceLinks.SingleAsync()).Title);
    }

    [Fact]
    public async Task TheSameInvoiceLineCannotBeRecordedTwice()
    {
        // R-KPI-4: (partner, invoice number, line number) is unique in the database itself.
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using var db = TestDatabases.Sqlite(connection);
        db.InvoiceLines.Add(new InvoiceLine("4100001", "CM-1", 1, new DateOnly(2026, 1, 5), "MOC", 1, new Money(1m, "USD"), "a", DateTimeOffset.UnixEpoch));
        db.InvoiceLines.Add(new InvoiceLine("4100001", "CM-1", 1, new DateOnly(2026, 1, 5), "MOC", 2, new Money(2m, "USD"), "b", DateTimeOffset.UnixEpoch));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
