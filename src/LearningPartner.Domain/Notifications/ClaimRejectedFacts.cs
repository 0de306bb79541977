namespace LearningPartner.Domain.Notifications;

/// <summary>What a rejected claim was of: a trainer (by MCT id) or an exam pass (by exam code).</summary>
public enum ClaimedFactKind
{
    Trainer,
    ExamPass,
}

/// <summary>
/// R-MCT-1: a rejected claim as the partner is told it: the trainer's MCT id or the exam's code, the person, and support's reason
/// as written.
/// </summary>
public sealed record ClaimRejectedFacts(ClaimedFactKind Kind, string Identifier, string PersonName, string Reason)
{
    public string ToJson() => NoticeJson.Serialize(this);

    public static ClaimRejectedFacts FromJson(string json) => NoticeJson.Deserialize<ClaimRejectedFacts>(json);
}
