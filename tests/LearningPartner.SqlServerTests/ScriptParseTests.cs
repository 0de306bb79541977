using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LearningPartner.SqlServerTests;

/// <summary>Issue 25: both SQL Server scripts parse as T-SQL for SQL Server 2022 (160) and Azure SQL (170), with no error.</summary>
public sealed class ScriptParseTests
{
    public static TheoryData<string, string> Scripts() => new()
    {
        { "create script", "SQL Server 2022" },
        { "create script", "Azure SQL" },
        { "idempotent migrations script", "SQL Server 2022" },
        { "idempotent migrations script", "Azure SQL" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void TheScriptParsesWithNoError(string script, string target)
    {
        var text = script == "create script" ? SqlServerScripts.CreateScript.Value : SqlServerScripts.IdempotentMigrationsScript.Value;
        TSqlParser parser = target == "Azure SQL" ? new TSql170Parser(initialQuotedIdentifiers: true) : new TSql160Parser(initialQuotedIdentifiers: true);

        SqlServerScripts.Parse(parser, text, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
    }

    [Fact]
    public void ABrokenStatementIsReportedSoTheCheckCannotPassByAccident()
    {
        SqlServerScripts.Parse(new TSql160Parser(true), "CREATE TABLE [Orders] ([Id] int NOT NULL PRIMARY KEY,, [Total] decimal(18,2));", out var errors);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void TheCreateScriptHoldsEveryTableOfTheModel()
    {
        using var db = SqlServerScripts.Context();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct().ToList();

        var statements = SqlServerScripts.Statements(SqlServerScripts.CreateScript.Value);

        Assert.All(tables, table => Assert.Contains(statements, s => s.StartsWith($"CREATE TABLE [{table}]", StringComparison.Ordinal)));
    }
}
