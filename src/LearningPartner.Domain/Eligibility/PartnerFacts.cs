using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Domain.Eligibility;

/// <summary>What the requirements are checked against: the partner's location, trainers, exams and KPI totals.</summary>
public sealed record PartnerFacts(
    string CountryCode,
    IReadOnlyCollection<Trainer> Trainers,
    IReadOnlyCollection<ExamPass> ExamPasses,
    KpiTotals Kpis);
