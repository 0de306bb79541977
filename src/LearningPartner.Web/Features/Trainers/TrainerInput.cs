using LearningPartner.Application.Trainers;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Trainers;

/// <summary>A Microsoft Certified Trainer as typed by a partner admin.</summary>
public sealed class TrainerInput
{
    public string? Name { get; set; }

    public string? MctId { get; set; }

    /// <summary>yyyy-MM-dd: the last day the MCT certification is valid.</summary>
    public string? ValidUntil { get; set; }

    public Guid Version { get; set; }

    public static TrainerInput Of(TrainerDetails trainer) =>
        new() { Name = trainer.Name, MctId = trainer.MctId, ValidUntil = DateInput.Format(trainer.ValidUntil), Version = trainer.Version };

    /// <summary>The validated input as the use case takes it.</summary>
    public TrainerDetails ToDetails() => new(Name!, MctId!, DateInput.Parse(ValidUntil!), Version);
}
