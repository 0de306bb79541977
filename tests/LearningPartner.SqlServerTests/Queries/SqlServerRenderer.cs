using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Renders a LINQ query, as the portal compiled it on another provider, with EF Core's SQL Server provider: the query roots
/// are moved onto the SQL Server model, the query is compiled there and run against <see cref="CommandCapture"/>, which keeps
/// the commands it sends. Parameter values are stand-ins of each parameter's type: the SQL depends on their types (and on
/// null, so none is null), not on their values.
/// </summary>
public sealed class SqlServerRenderer : IDisposable
{
    private static readonly MethodInfo CompileQueryMethod = typeof(IDatabase).GetMethod(nameof(IDatabase.CompileQuery))!;

    private readonly CommandCapture _capture = new();
    private readonly PortalDbContext _db;

    public SqlServerRenderer()
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        PersistenceServiceCollectionExtensions.UseSqlServer(builder, SqlServerScripts.UnreachableServer);
        builder.AddInterceptors(_capture);
        _db = new PortalDbContext(builder.Options);
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        _db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
    }

    /// <summary>A context on SQL Server whose commands go to the capture (for queries run directly on it).</summary>
    public PortalDbContext Db => _db;

    public CommandCapture Capture => _capture;

    /// <summary>The commands SQL Server would be sent for <paramref name="query"/> (a query expression as EF compiles it).</summary>
    public IReadOnlyList<SentCommand> Render(Expression query)
    {
        _capture.Clear();
        var onSqlServer = new QueryRootsOnModel(_db.Model).Visit(query);
        var resultType = onSqlServer.Type.IsGenericType && typeof(IQueryable).IsAssignableFrom(onSqlServer.Type)
            ? typeof(IEnumerable<>).MakeGenericType(onSqlServer.Type.GetGenericArguments()[0])
            : onSqlServer.Type;
        var compiled = (Delegate)CompileQueryMethod.MakeGenericMethod(resultType)
            .Invoke(_db.GetService<IDatabase>(), [onSqlServer, false])!;

        var context = _db.GetService<IQueryContextFactory>().Create();
        foreach (var parameter in Parameters(onSqlServer))
        {
            context.Parameters[parameter.Name] = StandIn(parameter.Type);
        }

        try
        {
            var result = compiled.DynamicInvoke(context);
            if (result is IEnumerable rows and not string)
            {
                foreach (var _ in rows)
                {
                }
            }
        }
        catch (TargetInvocationException e) when (_capture.Commands.Count > 0 && e.InnerException is InvalidOperationException)
        {
            // First() or Single() on the capture's empty answer: the command was already sent.
        }

        return _capture.Commands;
    }

    /// <summary>
    /// The commands SQL Server would be sent to save <paramref name="write"/>'s rows: the rows are tracked on the SQL Server
    /// context in their recorded state and handed to the provider's update pipeline (not to the portal's SaveChanges, which
    /// would read the audit chain first). The capture's empty answer then fails the save, after the command was sent.
    /// </summary>
    public IReadOnlyList<SentCommand> Render(RecordedWrite write)
    {
        _capture.Clear();
        _db.ChangeTracker.Clear();
        var entries = write.Changes.Select(Track).ToList();
        try
        {
            _db.GetService<IDatabase>().SaveChanges(entries);
        }
        catch (DbUpdateException) when (_capture.Commands.Count > 0)
        {
            // Expected: the capture answers "no rows affected".
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }

        return _capture.Commands;
    }

    private IUpdateEntry Track(RecordedChange change)
    {
        var entry = _db.Entry(change.Entity);
        foreach (var (name, value) in change.Shadow)
        {
            entry.Property(name).CurrentValue = value;
        }

        switch (change.State)
        {
            case EntityState.Modified:
                entry.State = EntityState.Unchanged;
                foreach (var name in change.Modified)
                {
                    entry.Property(name).IsModified = true;
                }

                break;
            default:
                entry.State = change.State;
                break;
        }

        // The entry's update view (EF's InternalEntityEntry), reached through its public infrastructure interface.
        return (IUpdateEntry)entry.GetType().GetInterfaces()
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IInfrastructure<>)
                        && typeof(IUpdateEntry).IsAssignableFrom(i.GetGenericArguments()[0]))
            .GetProperty(nameof(IInfrastructure<object>.Instance))!.GetValue(entry)!;
    }

    /// <summary>
    /// The commands SQL Server would be sent for a compiled query (a static <c>EF.CompileAsyncQuery</c> delegate). The delegate
    /// itself cannot run here: a compiled query keeps to the model it first ran on, and the portal's tests run it on SQLite. So
    /// its query is taken out of it and rendered like any other, the context's sets as query roots and its other arguments as
    /// query parameters.
    /// </summary>
    public IReadOnlyList<SentCommand> RenderCompiled(Delegate compiledQuery)
    {
        var lambda = CompiledQueryExpression(compiledQuery);
        var context = lambda.Parameters[0];
        var body = new CompiledQueryArguments(_db.Model, context, lambda.Parameters.Skip(1)
                .Where(p => p.Type != typeof(CancellationToken))
                .ToDictionary(p => p, p => (Expression)new QueryParameterExpression(p.Name!, p.Type)))
            .Visit(lambda.Body);
        return Render(body);
    }

    /// <summary>The query a compiled query holds (EF keeps it in the delegate's target, a CompiledQueryBase).</summary>
    private static LambdaExpression CompiledQueryExpression(Delegate compiledQuery)
    {
        var holders = new[] { compiledQuery.Target }
            .Concat(compiledQuery.Target?.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(f => f.GetValue(compiledQuery.Target)) ?? []);
        foreach (var holder in holders.OfType<object>())
        {
            for (var type = holder.GetType(); type is not null; type = type.BaseType)
            {
                if (type.GetField("_queryExpression", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(holder) is LambdaExpression lambda)
                {
                    return lambda;
                }
            }
        }

        throw new InvalidOperationException($"No query found in the compiled query {compiledQuery.Method}.");
    }

    private static List<QueryParameterExpression> Parameters(Expression query)
    {
        var found = new ParameterFinder();
        found.Visit(query);
        return found.Parameters;
    }

    /// <summary>A value of <paramref name="type"/> that is not null: one element for a collection.</summary>
    public static object StandIn(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "x";
        }

        if (underlying.IsValueType)
        {
            return Activator.CreateInstance(underlying)!;
        }

        var element = underlying.IsArray ? underlying.GetElementType() : underlying.GetInterfaces().Append(underlying)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is null)
        {
            throw new NotSupportedException($"No stand-in value for a query parameter of type {type}.");
        }

        var array = Array.CreateInstance(element, 1);
        array.SetValue(StandIn(element), 0);
        return underlying.IsAssignableFrom(array.GetType()) ? array : Activator.CreateInstance(underlying, array)!;
    }

    public void Dispose() => _db.Dispose();

    /// <summary>Points each entity query root at the same entity type of the SQL Server model.</summary>
    private sealed class QueryRootsOnModel(Microsoft.EntityFrameworkCore.Metadata.IModel model) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is EntityQueryRootExpression root
                ? new EntityQueryRootExpression(model.FindEntityType(root.EntityType.Name)
                    ?? throw new InvalidOperationException($"{root.EntityType.Name} is not in the SQL Server model."))
                : base.VisitExtension(node);
    }

    /// <summary>In a compiled query's body: the context's sets become query roots, its arguments query parameters.</summary>
    private sealed class CompiledQueryArguments(Microsoft.EntityFrameworkCore.Metadata.IModel model, ParameterExpression context,
        Dictionary<ParameterExpression, Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == context && node.Type.IsGenericType && node.Type.GetGenericTypeDefinition() == typeof(DbSet<>)
                ? new EntityQueryRootExpression(model.FindEntityType(node.Type.GetGenericArguments()[0])
                    ?? throw new InvalidOperationException($"{node.Type} is not in the model."))
                : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node) =>
            arguments.TryGetValue(node, out var argument) ? argument : base.VisitParameter(node);
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public List<QueryParameterExpression> Parameters { get; } = [];

        protected override Expression VisitExtension(Expression node)
        {
            if (node is QueryParameterExpression parameter && Parameters.All(p => p.Name != parameter.Name))
            {
                Parameters.Add(parameter);
            }

            return base.VisitExtension(node);
        }
    }
}
