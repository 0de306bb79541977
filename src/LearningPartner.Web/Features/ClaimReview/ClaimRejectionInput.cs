namespace LearningPartner.Web.Features.ClaimReview;

/// <summary>R-MCT-1: staff reject a claim with the reason the partner reads.</summary>
public sealed class ClaimRejectionInput
{
    /// <summary>The claim's version when the queue was read: a claim changed since then is not decided on.</summary>
    public Guid Version { get; set; }

    public string? Reason { get; set; }
}
