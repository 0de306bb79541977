using LearningPartner.Application.ExamPasses;

namespace LearningPartner.Web.Features.ExamPasses;

/// <summary>The exam passes page: the partner's passes and the form to record one.</summary>
public sealed record ExamPassesViewModel(PartnerExamPasses List, ExamPassInput NewExamPass);
