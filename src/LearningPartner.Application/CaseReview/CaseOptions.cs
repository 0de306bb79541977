namespace LearningPartner.Application.CaseReview;

/// <summary>Section "DiscrepancyCases": support's target time for a case in its hands.</summary>
public sealed class CaseOptions
{
    public const string SectionName = "DiscrepancyCases";

    /// <summary>A case submitted or in review for longer than this is shown as over target.</summary>
    public int TargetDays { get; set; } = 5;

    public TimeSpan Target => TimeSpan.FromDays(Math.Max(1, TargetDays));
}
