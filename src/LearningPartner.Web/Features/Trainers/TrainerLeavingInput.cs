namespace LearningPartner.Web.Features.Trainers;

/// <summary>R-MCT-2: the day a trainer's affiliation with the partner ends (yyyy-MM-dd; today when blank).</summary>
public sealed class TrainerLeavingInput
{
    public string? LeftOn { get; set; }
}
