using System.Text.RegularExpressions;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LearningPartner.SqlServerTests;

/// <summary>
/// Issue 25: limits of the SQL Server engine that no parser or model validation sees, checked from the EF model as the
/// SQL Server provider maps it. Each limit is SQL Server's documented one; each check has a case that must fail it.
/// </summary>
public sealed partial class EngineLimitTests
{
    /// <summary>Nonclustered index keys: at most 1,700 bytes (SQL Server 2016 and later); clustered ones 900.</summary>
    private const int NonclusteredKeyBytes = 1700;

    private const int ClusteredKeyBytes = 900;

    [Fact]
    public void NoTableIsReachedByTwoCascadePathsOrACascadeCycle()
    {
        using var db = SqlServerScripts.Context();

        Assert.Empty(CascadeProblems(CascadeEdges(db.Model)));
    }

    [Fact]
    public void TheCascadeCheckFindsTwoPathsAndACycle()
    {
        // A deletes B and C; B and C both delete D: two paths from A to D (SQL Server error 1785). E and F delete each other.
        (string, string)[] edges = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("E", "F"), ("F", "E")];

        var problems = CascadeProblems(edges);

        Assert.Contains("A reaches D by 2 cascade paths", problems);
        Assert.Contains(problems, p => p.StartsWith("cascade cycle through E", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryIndexKeyFitsSqlServersLimit()
    {
        using var db = SqlServerScripts.Context();
        var tooLong = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var index in entity.GetIndexes())
            {
                var bytes = index.Properties.Sum(p => KeyBytes(p.GetColumnType(table)));
                if (bytes > NonclusteredKeyBytes)
                {
                    tooLong.Add($"{index.GetDatabaseName(table)}: {bytes} bytes");
                }
            }

            if (entity.FindPrimaryKey() is { } key && key.Properties.Sum(p => KeyBytes(p.GetColumnType(table))) is var keyBytes && keyBytes > ClusteredKeyBytes)
            {
                tooLong.Add($"primary key of {table.Name}: {keyBytes} bytes");
            }
        }

        Assert.Empty(tooLong);
    }

    [Theory]
    [InlineData("nvarchar(64)", 128)]
    [InlineData("varchar(64)", 64)]
    [InlineData("nvarchar(900)", 1800)] // over 1,700: the check must see it
    [InlineData("int", 4)]
    [InlineData("bigint", 8)]
    [InlineData("datetimeoffset", 10)]
    [InlineData("date", 3)]
    [InlineData("decimal(18,2)", 9)]
    [InlineData("uniqueidentifier", 16)]
    [InlineData("bit", 1)]
    public void AColumnsKeyBytesAreSqlServersStorageSize(string type, int bytes) => Assert.Equal(bytes, KeyBytes(type));

    [Fact]
    public void ABulkInsertStaysWithinTheParametersAndRowValuesOfOneStatement()
    {
        using var db = SqlServerScripts.Context();

        foreach (var type in SqlServerScripts.BulkInserted)
        {
            var columns = BulkInsert.InsertedColumnCount(db.Model.FindEntityType(type)!);
            var rows = BulkInsert.SqlServerRowsPerCommand(columns);

            Assert.InRange(rows * columns, 1, 2100); // parameters per statement
            Assert.InRange(rows, 1, 1000); // row value expressions per INSERT … VALUES
        }
    }

    [Fact]
    public void EveryFilteredIndexUsesOnlyWhatSqlServerAcceptsInAFilter()
    {
        using var db = SqlServerScripts.Context();
        var filters = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetFilter()).OfType<string>().ToList();

        Assert.NotEmpty(filters);
        Assert.All(filters, filter => Assert.True(IsSimpleFilter(filter), $"Not a filter SQL Server accepts: {filter}"));
    }

    [Theory]
    [InlineData("[SupersedesId] IS NOT NULL", true)]
    [InlineData("[SupersededAt] IS NULL AND [Status] = N'Open'", true)]
    [InlineData("[Kind] IN (1, 2)", true)]
    [InlineData("[A] IS NULL OR [B] IS NULL", false)] // OR is refused in a filter
    [InlineData("LEN([Name]) > 3", false)] // so are functions
    [InlineData("[A] = [B]", false)] // and comparing two columns
    public void TheFilterCheckKnowsSqlServersSubset(string filter, bool accepted) => Assert.Equal(accepted, IsSimpleFilter(filter));

    private static List<(string From, string To)> CascadeEdges(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull) // the actions SQL Server runs; ClientSetNull is NO ACTION
            .Select(fk => (fk.PrincipalEntityType.GetTableName()!, fk.DeclaringEntityType.GetTableName()!))
            .ToList();

    /// <summary>Every table reached from another by more than one path of cascading foreign keys, and every cycle.</summary>
    private static List<string> CascadeProblems(IReadOnlyCollection<(string From, string To)> edges)
    {
        var problems = new List<string>();
        var next = edges.ToLookup(e => e.From, e => e.To);
        foreach (var start in edges.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            var stack = new Stack<(string Table, HashSet<string> Seen)>();
            stack.Push((start, [start]));
            while (stack.Count > 0)
            {
                var (table, seen) = stack.Pop();
                foreach (var to in next[table])
                {
                    if (seen.Contains(to))
                    {
                        problems.Add($"cascade cycle through {start}");
                        continue;
                    }

                    paths[to] = paths.GetValueOrDefault(to) + 1;
                    stack.Push((to, [.. seen, to]));
                }
            }

            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{start} reaches {p.Key} by {p.Value} cascade paths"));
        }

        return problems.Distinct().ToList();
    }

    /// <summary>The bytes a column takes in an index key.</summary>
    private static int KeyBytes(string? storeType)
    {
        var type = (storeType ?? throw new InvalidOperationException("A column without a store type")).ToLowerInvariant();
        var match = Sized().Match(type);
        if (match.Success)
        {
            var size = match.Groups[2].Value == "max" ? int.MaxValue / 2 : int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return match.Groups[1].Value.StartsWith('n') ? size * 2 : size;
        }

        if (Decimal().Match(type) is { Success: true } number)
        {
            return int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) switch
            {
                <= 9 => 5,
                <= 19 => 9,
                <= 28 => 13,
                _ => 17,
            };
        }

        return type switch
        {
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "int" or "real" or "smalldatetime" => 4,
            "bigint" or "float" or "datetime" or "money" or "datetime2" => 8,
            "date" => 3,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            _ when type.StartsWith("datetime2", StringComparison.Ordinal) => 8,
            _ when type.StartsWith("datetimeoffset", StringComparison.Ordinal) => 10,
            _ => throw new InvalidOperationException($"Unknown store type {type}: add its key size here."),
        };
    }

    /// <summary>
    /// SQL Server's filtered-index predicates: simple comparisons of a column with a constant, IS [NOT] NULL, IN with constants,
    /// joined by AND — no OR, no function, no column compared with a column.
    /// </summary>
    private static bool IsSimpleFilter(string filter)
    {
        using var reader = new StringReader(filter);
        var expression = new TSql160Parser(initialQuotedIdentifiers: true).ParseBooleanExpression(reader, out var errors);
        return errors.Count == 0 && IsSimple(expression);
    }

    private static bool IsSimple(BooleanExpression expression) => expression switch
    {
        BooleanBinaryExpression { BinaryExpressionType: BooleanBinaryExpressionType.And } and => IsSimple(and.FirstExpression) && IsSimple(and.SecondExpression),
        BooleanParenthesisExpression parenthesis => IsSimple(parenthesis.Expression),
        BooleanIsNullExpression isNull => isNull.Expression is ColumnReferenceExpression,
        BooleanComparisonExpression comparison =>
            (comparison.FirstExpression is ColumnReferenceExpression && IsConstant(comparison.SecondExpression))
            || (comparison.SecondExpression is ColumnReferenceExpression && IsConstant(comparison.FirstExpression)),
        InPredicate @in => @in.Expression is ColumnReferenceExpression && @in.Subquery is null && @in.Values.All(IsConstant),
        _ => false,
    };

    private static bool IsConstant(ScalarExpression expression) =>
        expression is Literal || (expression is UnaryExpression unary && unary.Expression is Literal);

    [GeneratedRegex(@"^(n?varchar|n?char|varbinary|binary)\((\d+|max)\)$")]
    private static partial Regex Sized();

    [GeneratedRegex(@"^(?:decimal|numeric)\((\d+)(?:,\s*\d+)?\)$")]
    private static partial Regex Decimal();
}
