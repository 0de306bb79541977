namespace LearningPartner.Application.Audit;

/// <summary>
/// Which of its entries a partner reads (R-ORG-3): calendar dates in the program's time zone, <paramref name="From"/> and
/// <paramref name="To"/> both included (R-DATE-1); a kind — an action (TrainerAdded) or the type of row changed (Trainer); a page.
/// </summary>
public sealed record PartnerActivityFilter(DateOnly? From = null, DateOnly? To = null, string? Kind = null, int Page = 1);
