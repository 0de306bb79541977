namespace LearningPartner.Web.Features.CaseReview;

/// <summary>Support's request for more information on a case (R-DSC-2), as typed; the partner reads it.</summary>
public sealed class CaseQuestionInput
{
    public string? Question { get; set; }
}
