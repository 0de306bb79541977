using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.Dac.Model;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Resolves commands against the portal's SQL Server schema with DacFx: each command becomes the body of a procedure whose
/// parameters are the command's, added to a model of the create script; a table, column or function the schema lacks is
/// reported by Validate (SQL71501/SQL71502), with the procedure's name pointing back at the command.
/// </summary>
public static partial class QueryResolution
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<SentCommand> commands) =>
        Problems(commands, SqlServerScripts.Statements(SqlServerScripts.CreateScript.Value));

    /// <summary>The messages for <paramref name="commands"/> against the schema of <paramref name="schema"/>'s statements.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<SentCommand> commands, IEnumerable<string> schema)
    {
        using var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var statement in schema)
        {
            model.AddObjects(statement);
        }

        for (var i = 0; i < commands.Count; i++)
        {
            model.AddOrUpdateObjects(Procedure(ProcedureName(i), commands[i]), ProcedureName(i), new TSqlObjectOptions());
        }

        // A message names the procedure ("Procedure: [dbo].[q12] has an unresolved reference…"): show the command behind it.
        return model.Validate()
            .Select(m => ProcedurePattern().Match(m.Message) is { Success: true } found && int.Parse(found.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < commands.Count
                ? $"{m.Prefix}{m.Number}: {m.Message}\n  from {commands[i].Origin}\n  {commands[i].Text}"
                : $"{m.Prefix}{m.Number}: {m.Message}")
            .ToList();
    }

    public static string ProcedureName(int index) => $"q{index}";

    public static string Procedure(string name, SentCommand command) =>
        $"CREATE PROCEDURE [dbo].[{name}]{(command.Parameters.Count == 0 ? "" : " " + string.Join(", ", command.Parameters.Select(p => $"{p.Name} {p.SqlType}")))}\nAS\nBEGIN\n{command.Text}\nEND";

    [GeneratedRegex(@"\[dbo\]\.\[q(\d+)\]")]
    private static partial Regex ProcedurePattern();
}
