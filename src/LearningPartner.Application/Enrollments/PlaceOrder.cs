using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Enrollments;

/// <summary>
/// An order for one option. <see cref="RequestKey"/> comes from the form: a double click, a refresh or a replayed post carries
/// the same key, and the database's unique index turns them into the same order (R-FEE-1).
/// </summary>
/// <param name="ConfirmPerformance">R-SLV-1: the partner confirms its performance submission before ordering silver.</param>
public sealed record PlaceOrder(LearningLevel Level, string? Competency, Guid RequestKey, bool ConfirmPerformance);
