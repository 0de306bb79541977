namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-ORG-1: support staff's decision on a company that registered itself: the company's name and partner id as registered, the
/// day decided, and the reason of a rejection as written.
/// </summary>
public sealed record RegistrationDecisionFacts(string CompanyName, string PartnerId, DateOnly DecidedOn, string? Reason)
{
    public string ToJson() => NoticeJson.Serialize(this);

    public static RegistrationDecisionFacts FromJson(string json) => NoticeJson.Deserialize<RegistrationDecisionFacts>(json);
}
