namespace LearningPartner.Web.Features.CaseReview;

/// <summary>Support's reason for rejecting a case (R-DSC-2), as typed; the partner sees it.</summary>
public sealed class CaseRejectionInput
{
    public string? Reason { get; set; }
}
