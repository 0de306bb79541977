using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LearningPartner.SqlServerTests;

/// <summary>
/// The portal's SQL Server scripts, made without a server (issue 25): the model's create script and the idempotent migrations
/// script docs/operations.md tells a DBA to run, both rendered by EF Core's SQL Server provider.
/// </summary>
public static class SqlServerScripts
{
    public static readonly Lazy<string> CreateScript = new(() =>
    {
        using var db = Context();
        return db.Database.GenerateCreateScript();
    });

    public static readonly Lazy<string> IdempotentMigrationsScript = new(() =>
    {
        using var db = Context();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    });

    /// <summary>The entity types the portal writes with <see cref="BulkInsert"/> (the invoice import).</summary>
    public static readonly Type[] BulkInserted = [typeof(InvoiceLine), typeof(InvoiceImportRow)];

    /// <summary>A server name that never resolves: the provider renders SQL for it and nothing connects.</summary>
    public const string UnreachableServer = "Server=unreachable.invalid;Database=LearningPartner;Trusted_Connection=True;TrustServerCertificate=True";

    /// <summary>A context on SQL Server options: nothing connects, the provider only renders SQL.</summary>
    public static PortalDbContext Context() =>
        new((DbContextOptions<PortalDbContext>)PersistenceServiceCollectionExtensions.UseSqlServer(new DbContextOptionsBuilder<PortalDbContext>(),
            UnreachableServer).Options);

    /// <summary>The script's statements, each as its own text (the GO batches split, then each batch's statements).</summary>
    public static IReadOnlyList<string> Statements(string script)
    {
        var fragment = Parse(new TSql160Parser(initialQuotedIdentifiers: true), script, out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        }

        return ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements)
            .Select(s => script.Substring(s.StartOffset, s.FragmentLength))
            .ToList();
    }

    public static TSqlFragment Parse(TSqlParser parser, string script, out IList<ParseError> errors)
    {
        using var reader = new StringReader(script);
        return parser.Parse(reader, out errors);
    }
}
