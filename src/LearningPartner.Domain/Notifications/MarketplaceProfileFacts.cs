namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-LAP-3: the day support set up the partner's Courseware Marketplace profile — from then its Learning Action Pack is simply
/// active and it buys at learning-partner terms — and the pack's anniversary date.
/// </summary>
public sealed record MarketplaceProfileFacts(DateOnly CompletedOn, DateOnly AnniversaryDate)
{
    public string ToJson() => NoticeJson.Serialize(this);

    public static MarketplaceProfileFacts FromJson(string json) => NoticeJson.Deserialize<MarketplaceProfileFacts>(json);
}
