using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Keeps every distinct LINQ query the portal compiles (EF calls this once per query shape, compiled queries included),
/// with the first request that sent it.
/// </summary>
public sealed class QueryRecorder(IHttpContextAccessor requests) : IQueryExpressionInterceptor
{
    private readonly ConcurrentDictionary<string, RecordedQuery> _queries = new();

    public IReadOnlyCollection<RecordedQuery> Queries => [.. _queries.Values];

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        var printed = eventData.ExpressionPrinter.PrintExpression(queryExpression);
        var request = requests.HttpContext?.Request;
        _queries.TryAdd(printed, new RecordedQuery(queryExpression, printed, request is null ? "(no request)" : $"{request.Method} {request.Path}{request.QueryString}"));
        return queryExpression;
    }
}

/// <summary>A query shape as EF compiled it, where it was first sent from, and how it prints.</summary>
public sealed record RecordedQuery(Expression Expression, string Printed, string Origin);
