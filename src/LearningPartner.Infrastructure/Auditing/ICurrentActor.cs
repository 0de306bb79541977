namespace LearningPartner.Infrastructure.Auditing;

/// <summary>Who is making the current change, as the audit trail records it.</summary>
public interface ICurrentActor
{
    /// <summary>"object id (display name)" of the signed-in user, or "system".</summary>
    string Describe();
}
