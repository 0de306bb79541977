using LearningPartner.Application.Trainers;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Trainers;

/// <summary>A Microsoft Certified Trainer as typed by a partner admin: a claim (R-MCT-1) or a change of one.</summary>
public sealed class TrainerInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? MctId { get; set; }

    /// <summary>yyyy-MM-dd: the last day of the MCT membership.</summary>
    public string? ValidUntil { get; set; }

    /// <summary>R-MCT-1: the trainer's Microsoft Learn transcript share link, which support staff check.</summary>
    public string? EvidenceLink { get; set; }

    /// <summary>R-MCT-1: the transcript as a PDF, instead of or besides the link; on an edit, a new transcript (a new claim).</summary>
    public IFormFile? EvidenceDocument { get; set; }

    /// <summary>Empty for a new claim; the recorded version for an edit.</summary>
    public Guid Version { get; set; }

    public bool IsNewClaim => Version == Guid.Empty;

    public static TrainerInput Of(TrainerDetails trainer) => new()
    {
        Name = trainer.Name,
        Email = trainer.Email,
        MctId = trainer.MctId,
        ValidUntil = DateInput.Format(trainer.ValidUntil),
        Version = trainer.Version,
    };

    /// <summary>The validated input as the use case takes it.</summary>
    public TrainerDetails ToDetails() => new(Name!, MctId!, DateInput.Parse(ValidUntil!), Blank(Email), Version);

    public TrainerClaim ToClaim(string claimedBy) =>
        new(Name!, MctId!, DateInput.Parse(ValidUntil!), Blank(Email), Blank(EvidenceLink), UploadedFiles.From(EvidenceDocument), claimedBy);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
