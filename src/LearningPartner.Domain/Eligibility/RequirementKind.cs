namespace LearningPartner.Domain.Eligibility;

public enum RequirementKind
{
    /// <summary>KPI of one category in the partner's region group (R-CMP-2).</summary>
    Kpi = 1,

    /// <summary>Distinct MCTs valid on the evaluation date (R-CMP-1, R-LAP-1).</summary>
    Mct = 2,

    /// <summary>Distinct exams of a list passed by the evaluation date (R-CMP-1).</summary>
    Exams = 3,
}
