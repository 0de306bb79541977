using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>What the rules read about a partner besides its KPIs, read once per page (<see cref="PartnerStandingService"/>).</summary>
public sealed record PartnerRecord(
    PartnerOrganisation Organisation,
    IReadOnlyList<Domain.Enrollments.Enrollment> Enrollments,
    ILookup<int, OrderFact> Orders,
    IReadOnlyList<Trainer> Trainers,
    IReadOnlyList<ExamPass> Exams);
