namespace LearningPartner.Domain.Programs;

/// <summary>
/// R-PRG-1: no rule set covers the evaluation date. The evaluation refuses with this message; it never
/// borrows another year's numbers.
/// </summary>
public sealed class RuleSetNotFoundException(DateOnly date)
    : Exception($"No program-year rule set covers {date:yyyy-MM-dd} (program year {ProgramYear.NameOf(date)}): its requirements and fees have not been published in the portal.")
{
    public DateOnly Date { get; } = date;

    public string MissingProgramYear => ProgramYear.NameOf(Date);
}
