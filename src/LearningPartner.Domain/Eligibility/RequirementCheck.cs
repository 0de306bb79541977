namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// One requirement, explained: what was checked (and under which rule), what was required, what was found,
/// and what is missing — so a page can say why a button is disabled.
/// </summary>
/// <param name="Subject">The KPI category, "MCT", or the exam list's name.</param>
/// <param name="StillNeeded">For exams: the codes of the list not passed yet ("one of AZ-104, AZ-305").</param>
public sealed record RequirementCheck(
    string RuleId,
    RequirementKind Kind,
    string Subject,
    decimal Required,
    decimal Actual,
    IReadOnlyList<string> StillNeeded)
{
    public bool IsMet => Actual >= Required;

    /// <summary>How much more is needed: "2 more KPI", "1 more MCT".</summary>
    public decimal Shortfall => IsMet ? 0m : Required - Actual;
}
