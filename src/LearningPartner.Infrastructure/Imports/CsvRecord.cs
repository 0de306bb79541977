namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// One record of a CSV file: the line it starts on (the header is line 1), its fields with their quotes removed, and —
/// when a quoted field runs over a line break — the line that quote opens on.
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, int? QuoteAcrossLinesFrom);
