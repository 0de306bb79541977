using System.Data.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>
/// R-DSC-2 in the database: a corrected KPI record is kept but stops counting, one current record per line (R-KPI-4),
/// a record is superseded once, and the KPI queries still read only their covering index (ADR-006).
/// </summary>
public sealed class SupersededRecordTests
{
    private static readonly OmlpTypeRule Moc = new("MOC", "MOC", "courseware", 1m);
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ASupersededRecordIsKeptButOnlyItsSuccessorCounts()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        var oldId = await SeedAsync(connection, units: 10);

        await CorrectAsync(connection, oldId, units: 14);

        await using var db = TestDatabases.Sqlite(connection);
        var window = new MonthRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1));
        // 10 KPI before; 14 after — never 24: the kept record does not count.
        Assert.Equal(14m, (await new KpiQueries(db).WindowTotalsAsync("4100001", window)).Of("courseware"));
        Assert.Equal([14], await db.InvoiceLines.Select(l => l.Units).ToListAsync());
        var history = await db.InvoiceLines.IgnoreQueryFilters().OrderBy(l => l.Id).ToListAsync();
        Assert.Equal([(10, false, (long?)null), (14, true, oldId)], history.Select(l => (l.Units, l.IsCurrent, l.SupersedesId)));
    }

    [Fact]
    public async Task ALineHasOneCurrentRecord()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await SeedAsync(connection, units: 10);
        await using var db = TestDatabases.Sqlite(connection);

        db.InvoiceLines.Add(Line(units: 11));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task TwoCorrectionsOfOneRecordAtOnceLeaveOneSuccessor()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        var oldId = await SeedAsync(connection, units: 10);
        await using var first = TestDatabases.Sqlite(connection);
        await using var second = TestDatabases.Sqlite(connection);
        var a = await first.InvoiceLines.SingleAsync(l => l.Id == oldId);
        var b = await second.InvoiceLines.SingleAsync(l => l.Id == oldId);

        first.InvoiceLines.Add(a.SupersedeWith(a.InvoiceDate, "MOC", 14, a.Revenue, "case:1", At));
        await first.SaveChangesAsync();
        b.SupersedeWith(b.InvoiceDate, "MOC", 15, b.Revenue, "case:2", At);

        // The stale copy still thinks the record is current: the concurrency token refuses it.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task TheKpiQueriesReadCurrentRecordsFromTheCoveringIndexOnly()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        var oldId = await SeedAsync(connection, units: 10);
        await CorrectAsync(connection, oldId, units: 14);
        var capture = new CommandCapture();
        await using var db = new PortalDbContextWith(connection, capture).Create();
        var window = new MonthRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1));
        var queries = new KpiQueries(db);

        await queries.WindowTotalsAsync("4100001", window);
        await queries.MonthlyByTypeAsync("4100001", window);

        Assert.Equal(2, capture.Commands.Count);
        foreach (var command in capture.Commands)
        {
            Assert.Contains("USING COVERING INDEX IX_InvoiceLines_Partner_Month_Kpi", await PlanAsync(db, command));
        }
    }

    private static async Task<string> PlanAsync(DbContext db, (string Sql, List<(string Name, object? Value)> Parameters) command)
    {
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            explain.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }

    private static async Task<long> SeedAsync(Microsoft.Data.Sqlite.SqliteConnection connection, int units)
    {
        await using var db = TestDatabases.Sqlite(connection);
        var line = Line(units);
        line.FixKpi(Moc);
        db.InvoiceLines.Add(line);
        await db.SaveChangesAsync();
        return line.Id;
    }

    private static async Task CorrectAsync(Microsoft.Data.Sqlite.SqliteConnection connection, long id, int units)
    {
        await using var db = TestDatabases.Sqlite(connection);
        var line = await db.InvoiceLines.SingleAsync(l => l.Id == id);
        var successor = line.SupersedeWith(line.InvoiceDate, line.OmlpType, units, line.Revenue, "case:1", At);
        successor.FixKpi(Moc);
        // The old record first: the unique key holds one current record per line at every step.
        await db.SaveChangesAsync();
        db.InvoiceLines.Add(successor);
        await db.SaveChangesAsync();
    }

    private static InvoiceLine Line(int units) =>
        new("4100001", "CM2610-0042", 1, new DateOnly(2026, 10, 5), "MOC", units, new Money(100m, "USD"), "test", At);

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return ValueTask.FromResult(result);
        }
    }

    private sealed class PortalDbContextWith(Microsoft.Data.Sqlite.SqliteConnection connection, IInterceptor interceptor)
    {
        public Infrastructure.Persistence.PortalDbContext Create() =>
            new(new DbContextOptionsBuilder<Infrastructure.Persistence.PortalDbContext>()
                .UseSqlite(connection).AddInterceptors(interceptor).Options);
    }
}
