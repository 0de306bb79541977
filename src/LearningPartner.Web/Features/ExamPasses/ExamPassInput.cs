using LearningPartner.Application.ExamPasses;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.ExamPasses;

/// <summary>A passed exam as a partner admin claims it (R-MCT-1).</summary>
public sealed class ExamPassInput
{
    public string? ExamCode { get; set; }

    public string? PersonName { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? PassedOn { get; set; }

    /// <summary>R-MCT-1: the certification or transcript link support staff check.</summary>
    public string? EvidenceLink { get; set; }

    /// <summary>R-MCT-1: the transcript or certificate as a PDF, instead of or besides the link.</summary>
    public IFormFile? EvidenceDocument { get; set; }

    public ExamPassClaim ToClaim(string claimedBy) =>
        new(ExamCode!, PersonName!, DateInput.Parse(PassedOn!), string.IsNullOrWhiteSpace(EvidenceLink) ? null : EvidenceLink.Trim(),
            UploadedFiles.From(EvidenceDocument), claimedBy);
}
