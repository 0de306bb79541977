namespace LearningPartner.Web.Features.Enrollments;

/// <summary>
/// The order form. <see cref="RequestKey"/> is generated when the form is shown: a double click, a refresh or a
/// replayed POST carries the same key, and the database's unique index turns them into the same order (R-FEE-1).
/// </summary>
public sealed class OrderRequest
{
    public string? Level { get; set; }

    public string? Competency { get; set; }

    public Guid RequestKey { get; set; }

    /// <summary>R-SLV-1: the partner confirms its performance submission before ordering silver.</summary>
    public bool ConfirmPerformance { get; set; }
}
