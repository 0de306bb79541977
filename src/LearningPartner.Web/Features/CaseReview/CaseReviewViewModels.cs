using LearningPartner.Application.CaseReview;

namespace LearningPartner.Web.Features.CaseReview;

/// <summary>The case page for support, with the question or reason sent back when it needs fixing.</summary>
public sealed record CaseTraceViewModel(CaseTrace Trace, string? Question, string? Reason);

/// <summary>The correction form (R-DSC-2).</summary>
public sealed record CorrectionViewModel(CorrectionTarget Target, CorrectionInput Input);
