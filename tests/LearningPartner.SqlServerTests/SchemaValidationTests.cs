using Microsoft.SqlServer.Dac.Model;

namespace LearningPartner.SqlServerTests;

/// <summary>
/// Issue 25: the create script, loaded statement by statement into a DacFx model (the reference checks of SQL Server projects),
/// validates with no message; a foreign key to a missing table or an index on a missing column is reported (SQL71501).
/// </summary>
public sealed class SchemaValidationTests
{
    [Theory]
    [InlineData(SqlServerVersion.Sql160)]
    [InlineData(SqlServerVersion.SqlAzure)]
    public void TheCreateScriptValidatesWithNoMessage(SqlServerVersion version)
    {
        using var model = Load(version, SqlServerScripts.Statements(SqlServerScripts.CreateScript.Value));

        Assert.Empty(model.Validate().Select(m => $"{m.Prefix}{m.Number}: {m.Message}"));
    }

    [Theory]
    [InlineData("CREATE TABLE [Broken] ([Id] int NOT NULL, CONSTRAINT [FK_Broken_Missing] FOREIGN KEY ([Id]) REFERENCES [NoSuchTable] ([Id]));")]
    [InlineData("CREATE INDEX [IX_Orders_NoSuchColumn] ON [Orders] ([NoSuchColumn]);")]
    public void ABrokenStatementIsReported(string broken)
    {
        using var model = Load(SqlServerVersion.Sql160, [.. SqlServerScripts.Statements(SqlServerScripts.CreateScript.Value), broken]);

        Assert.Contains(model.Validate(), m => m.Number == 71501);
    }

    private static TSqlModel Load(SqlServerVersion version, IEnumerable<string> statements)
    {
        var model = new TSqlModel(version, new TSqlModelOptions());
        var i = 0;
        foreach (var statement in statements)
        {
            model.AddObjects(statement);
            i++;
        }

        Assert.True(i > 0);
        return model;
    }
}
