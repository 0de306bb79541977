namespace LearningPartner.Web.Features.RegistrationReview;

/// <summary>Support staff's reason for rejecting a registration (R-ORG-1), as typed; the applicant reads it on their overview.</summary>
public sealed class RegistrationRejectionInput
{
    public string? Reason { get; set; }
}
