using LearningPartner.Application.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Application.Standing;

/// <summary>What the rules read about a partner besides its KPIs, read once per page (<see cref="PartnerStandingService"/>).</summary>
public sealed record PartnerRecord(
    PartnerContext Partner,
    IReadOnlyList<Enrollment> Enrollments,
    ILookup<int, OrderFact> Orders,
    IReadOnlyList<Trainer> Trainers,
    IReadOnlyList<ExamPass> Exams);
