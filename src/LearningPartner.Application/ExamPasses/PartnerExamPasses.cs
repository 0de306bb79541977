using LearningPartner.Application.Common;

namespace LearningPartner.Application.ExamPasses;

/// <summary>A partner's recorded exam passes, newest first (R-CMP-1).</summary>
public sealed record PartnerExamPasses(PartnerContext Partner, IReadOnlyList<ExamPassRow> ExamPasses);

public sealed record ExamPassRow(int Id, string ExamCode, string PersonName, DateOnly PassedOn);
