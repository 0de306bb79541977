namespace LearningPartner.Web.Features.ClaimReview;

/// <summary>R-MCT-1: staff verify a claim, recording what they checked.</summary>
public sealed class ClaimVerificationInput
{
    /// <summary>The claim's version when the queue was read: a claim changed since then is not decided on.</summary>
    public Guid Version { get; set; }

    public string? Note { get; set; }
}
