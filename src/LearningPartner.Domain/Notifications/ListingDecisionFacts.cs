namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-DIR-4: the directory editors' decision on a listing request: the listing's name and batch ("2026-12"), the day an approved
/// listing is published, or the editors' reason as written.
/// </summary>
public sealed record ListingDecisionFacts(string DisplayName, string Batch, DateOnly? PublishOn, string? Reason)
{
    public string ToJson() => NoticeJson.Serialize(this);

    public static ListingDecisionFacts FromJson(string json) => NoticeJson.Deserialize<ListingDecisionFacts>(json);
}
