namespace LearningPartner.Infrastructure.Imports;

/// <summary>A quoted field that never closes, or closes and goes on: the file cannot be split into fields reliably (issue 20.5).</summary>
public sealed class UnbalancedQuoteException(int line)
    : FormatException($"The quote that opens on line {line} is not closed where its field ends.")
{
    /// <summary>The line the quote opens on.</summary>
    public int Line { get; } = line;
}
