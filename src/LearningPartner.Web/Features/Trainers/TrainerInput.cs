namespace LearningPartner.Web.Features.Trainers;

/// <summary>A Microsoft Certified Trainer as typed by a partner admin.</summary>
public sealed class TrainerInput
{
    public string? Name { get; set; }

    public string? MctId { get; set; }

    /// <summary>yyyy-MM-dd: the last day the MCT certification is valid.</summary>
    public string? ValidUntil { get; set; }

    public Guid Version { get; set; }
}
