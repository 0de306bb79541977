namespace LearningPartner.SqlServerTests.Queries;

/// <summary>A command the SQL Server provider would send: its text and each parameter with its declared SQL Server type.</summary>
public sealed record SentCommand(string Text, IReadOnlyList<SentParameter> Parameters)
{
    /// <summary>Where it came from (a page, a query shape), for the message when it does not resolve.</summary>
    public string Origin { get; init; } = "";
}

public sealed record SentParameter(string Name, string SqlType);
