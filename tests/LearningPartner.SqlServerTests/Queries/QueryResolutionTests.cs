using System.Net;
using System.Reflection;
using LearningPartner.Application;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Issue 25: every query and write the portal sends resolves against its SQL Server schema. The LINQ queries and writes are
/// those of the running portal (its demo world, every page visited and one of each form sent, as every persona); the
/// compiled queries are found in the code; the bulk insert's statements are made for each bulk-inserted table. Each is
/// rendered by EF Core's SQL Server provider and validated by DacFx (<see cref="QueryResolution"/>).
/// </summary>
public sealed class QueryResolutionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryQueryAndWriteThePortalSendsResolvesAgainstTheSqlServerSchema()
    {
        await using var portal = new RecordingPortal();
        var pages = await PortalCrawl.RunAsync(portal);
        using var renderer = new SqlServerRenderer();

        var commands = new List<SentCommand>();
        foreach (var query in portal.Recorder.Queries)
        {
            var sent = renderer.Render(query.Expression);
            Assert.True(sent.Count > 0, $"Nothing rendered for {query.Printed}");
            commands.AddRange(sent.Select(c => c with { Origin = query.Origin }));
        }

        foreach (var write in portal.Writes.Writes)
        {
            var sent = renderer.Render(write);
            Assert.True(sent.Count > 0, $"Nothing rendered for {write.Key}");
            commands.AddRange(sent.Select(c => c with { Origin = $"{write.Origin} ({write.Key})" }));
        }

        output.WriteLine($"{pages.Count} requests, {portal.Recorder.Queries.Count} query shapes, {portal.Writes.Writes.Count} kinds of write, {commands.Count} commands");

        // The crawl reached the portal's pages and use cases, and none of them failed on the way.
        Assert.InRange(pages.Count, 500, int.MaxValue);
        Assert.Empty(pages.Where(p => (int)p.Status >= 500).Select(p => $"{p.Persona}: {p.Page} {p.Status}"));
        Assert.Contains(pages, p => p.Page.StartsWith("POST /staff/cases/", StringComparison.Ordinal) && p.Status == HttpStatusCode.Found);
        Assert.InRange(portal.Recorder.Queries.Count, 60, int.MaxValue);
        Assert.InRange(portal.Writes.Writes.Count, 20, int.MaxValue);
        Assert.Empty(QueryResolution.Problems(commands));
    }

    [Fact]
    public void EveryCompiledQueryResolvesAgainstTheSqlServerSchema()
    {
        using var renderer = new SqlServerRenderer();
        var compiled = CompiledQueries().ToList();

        var commands = new List<SentCommand>();
        foreach (var (name, query) in compiled)
        {
            var sent = renderer.RenderCompiled(query);
            Assert.True(sent.Count > 0, $"Nothing rendered for {name}");
            commands.AddRange(sent.Select(c => c with { Origin = name }));
        }

        output.WriteLine($"{compiled.Count} compiled queries, {commands.Count} commands");

        // Written out: the compiled queries in the code today (the check must find them, not an empty list).
        Assert.InRange(compiled.Count, 9, int.MaxValue);
        Assert.Contains(compiled, q => q.Name.EndsWith("SignInSessionService.IsOpenQuery", StringComparison.Ordinal));
        Assert.Empty(QueryResolution.Problems(commands));
    }

    [Fact]
    public void EveryBulkInsertStatementResolvesAgainstTheSqlServerSchema()
    {
        using var db = SqlServerScripts.Context();
        var commands = new List<SentCommand>();
        foreach (var type in SqlServerScripts.BulkInserted)
        {
            var entityType = db.Model.FindEntityType(type)!;
            foreach (var rows in new[] { 1, BulkInsert.SqlServerRowsPerCommand(BulkInsert.InsertedColumnCount(entityType)) })
            {
                var (text, types) = BulkInsert.Statement(db, entityType, rows);
                commands.Add(new SentCommand(text, [.. types.Select((t, i) => new SentParameter($"@p{i}", t))]) { Origin = $"{type.Name} × {rows}" });
            }
        }

        Assert.Empty(QueryResolution.Problems(commands));
    }

    [Theory]
    [InlineData("SELECT [o].[NoSuchColumn] FROM [Orders] AS [o] WHERE [o].[Id] = @p0")]
    [InlineData("SELECT [x].[Id] FROM [NoSuchTable] AS [x] WHERE [x].[Id] = @p0")]
    [InlineData("UPDATE [Orders] SET [NoSuchColumn] = @p0")]
    [InlineData("INSERT INTO [Orders] ([NoSuchColumn]) VALUES (@p0)")]
    public void ACommandOnWhatTheSchemaLacksIsReportedWithWhereItCameFrom(string text)
    {
        var problems = QueryResolution.Problems([new SentCommand(text, [new SentParameter("@p0", "int")]) { Origin = "GET /broken" }]);

        Assert.Contains(problems, p => (p.StartsWith("SQL71501", StringComparison.Ordinal) || p.StartsWith("SQL71502", StringComparison.Ordinal))
                                       && p.Contains("GET /broken", StringComparison.Ordinal));
    }

    [Fact]
    public void AQueryOnAColumnTheSqlServerSchemaLacksIsReported()
    {
        using var renderer = new SqlServerRenderer();
        _ = renderer.Db.InvoiceLines.Where(l => l.RevenueCurrency == "USD").Select(l => l.Id).ToList();
        var query = renderer.Capture.Commands;
        var schema = SqlServerScripts.Statements(SqlServerScripts.CreateScript.Value).ToList();
        var table = schema.FindIndex(s => s.StartsWith("CREATE TABLE [InvoiceLines]", StringComparison.Ordinal));
        var withoutColumn = schema[table].Split('\n').Where(line => !line.TrimStart().StartsWith("[RevenueCurrency]", StringComparison.Ordinal));
        schema[table] = string.Join('\n', withoutColumn);

        Assert.Single(query);
        Assert.Empty(QueryResolution.Problems(query));
        Assert.Contains(QueryResolution.Problems(query, schema), p => p.StartsWith("SQL7150", StringComparison.Ordinal) && p.Contains("RevenueCurrency", StringComparison.Ordinal));
    }

    /// <summary>Every static field holding a compiled query on the portal's context, in the Application and Infrastructure.</summary>
    private static IEnumerable<(string Name, Delegate Query)> CompiledQueries() =>
        new[] { typeof(ApplicationServices).Assembly, typeof(PortalDbContext).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Select(f => (Type: t, Field: f)))
            .Where(f => typeof(Delegate).IsAssignableFrom(f.Field.FieldType) && !f.Field.FieldType.ContainsGenericParameters
                        && f.Field.FieldType.GetMethod("Invoke")!.GetParameters() is [{ ParameterType: var first }, ..]
                        && first == typeof(PortalDbContext))
            .Select(f => ($"{f.Type.FullName}.{f.Field.Name}", (Delegate)f.Field.GetValue(null)!));
}
