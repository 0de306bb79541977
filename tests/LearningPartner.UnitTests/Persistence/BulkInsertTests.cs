using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>Bulk-inserted rows read back exactly as rows saved by SaveChanges: converters, money, dates, nulls.</summary>
public sealed class BulkInsertTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task BulkInsertedLinesReadBackLikeSavedOnes()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var db = TestDatabases.Sqlite(connection))
        {
            db.InvoiceLines.Add(Line("SAVED", 3, 0.1234m));
            await db.SaveChangesAsync();
            await db.InTransactionAsync(async ct =>
            {
                await db.InsertAllAsync([Line("BULK", 3, 0.1234m), Line("BULK", 4, 12345678901.2345m)], ct);
                return 0;
            });
        }

        await using var read = TestDatabases.Sqlite(connection);
        var lines = await read.InvoiceLines.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
        var (saved, bulk) = (lines[0], lines[1]);
        Assert.Equal(3, lines.Count);
        Assert.Equal((saved.PartnerId, saved.LineNumber, saved.InvoiceDate, saved.OmlpType, saved.Units, saved.KpiValue, saved.KpiCategory,
                saved.Revenue, saved.RecordedAt),
            (bulk.PartnerId, bulk.LineNumber, bulk.InvoiceDate, bulk.OmlpType, bulk.Units, bulk.KpiValue, bulk.KpiCategory, bulk.Revenue,
                bulk.RecordedAt));
        Assert.Equal(new Money(12345678901.2345m, "EUR"), lines[2].Revenue);
        Assert.Equal(12345678901.2345m + 0.1234m, await read.InvoiceLines.Where(l => l.InvoiceNumber == "BULK").SumAsync(l => l.RevenueAmount));
    }

    [Fact]
    public async Task EnumsConvertedToTextAndNullsAreStoredAsSaveChangesStoresThem()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var db = TestDatabases.Sqlite(connection))
        {
            var import = new InvoiceImport("f.csv", new string('A', 64), "test", RecordedAt);
            db.InvoiceImports.Add(import);
            await db.SaveChangesAsync();
            await db.InTransactionAsync(async ct =>
            {
                await db.InsertAllAsync(
                [
                    new InvoiceImportRow(import.Id, 2, ImportRowOutcome.Rejected, "Units '-1' must be a whole number of 0 or more."),
                    new InvoiceImportRow(import.Id, 3, ImportRowOutcome.New, null, "4100001", "CM-1", 1, new DateOnly(2026, 10, 5), "MOC", 12,
                        1140.00m, "USD"),
                ], ct);
                return 0;
            });
        }

        await using var read = TestDatabases.Sqlite(connection);
        Assert.Equal(1, await read.InvoiceImportRows.CountAsync(r => r.Outcome == ImportRowOutcome.Rejected && r.PartnerId == null));
        var row = await read.InvoiceImportRows.SingleAsync(r => r.Outcome == ImportRowOutcome.New);
        Assert.Equal((new DateOnly(2026, 10, 5), 1140.00m, "USD"), (row.InvoiceDate!.Value, row.RevenueAmount!.Value, row.RevenueCurrency!));
    }

    [Fact]
    public async Task AUniqueIndexViolationRollsBackLikeSaveChangesAndNothingIsWritten()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using var db = TestDatabases.Sqlite(connection);

        // R-KPI-4: the second row repeats the first one's key.
        await Assert.ThrowsAsync<DbUpdateException>(() => db.InTransactionAsync(async ct =>
        {
            await db.InsertAllAsync([Line("DUP", 1, 1m), Line("OTHER", 1, 1m), Line("DUP", 1, 2m)], ct);
            return 0;
        }));

        Assert.Equal(0, await db.InvoiceLines.CountAsync());
    }

    [Fact]
    public async Task OutsideATransactionItRefuses()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using var db = TestDatabases.Sqlite(connection);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertAllAsync([Line("X", 1, 1m)], CancellationToken.None));
    }

    private static InvoiceLine Line(string invoice, int lineNumber, decimal revenue)
    {
        var line = new InvoiceLine("4100001", invoice, lineNumber, new DateOnly(2026, 10, 5), "MOC", 12,
            new Money(revenue, lineNumber == 4 ? "EUR" : "USD"), "test", RecordedAt);
        line.FixKpi(new Domain.Programs.OmlpTypeRule("MOC", "Microsoft Official Course", "courseware", 1.0m));
        return line;
    }
}
