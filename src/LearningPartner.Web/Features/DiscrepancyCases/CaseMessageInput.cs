namespace LearningPartner.Web.Features.DiscrepancyCases;

/// <summary>A message on a case: support's request for more information, or the partner's answer with an optional invoice.</summary>
public sealed class CaseMessageInput
{
    public string? Text { get; set; }

    /// <summary>What the attached document is (R-DSC-3); read only when a file is attached.</summary>
    public string? DocumentType { get; set; }

    public IFormFile? Document { get; set; }
}
