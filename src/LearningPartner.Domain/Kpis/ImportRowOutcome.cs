namespace LearningPartner.Domain.Kpis;

/// <summary>What the preview of an import found for a row (R-KPI-3, R-KPI-4).</summary>
public enum ImportRowOutcome
{
    New = 1,
    AlreadyRecorded = 2,
    Conflict = 3,
    Rejected = 4,
}
