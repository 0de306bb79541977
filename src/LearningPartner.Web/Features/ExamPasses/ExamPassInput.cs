namespace LearningPartner.Web.Features.ExamPasses;

/// <summary>A passed exam as typed by a partner admin.</summary>
public sealed class ExamPassInput
{
    public string? ExamCode { get; set; }

    public string? PersonName { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? PassedOn { get; set; }
}
