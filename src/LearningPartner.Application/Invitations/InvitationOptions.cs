namespace LearningPartner.Application.Invitations;

/// <summary>Section "Invitations" (R-ORG-2): how long an invitation's link works after it was sent or resent.</summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>R-ORG-2: 14 days unless configured.</summary>
    public int ValidDays { get; set; } = 14;

    public TimeSpan ValidFor => TimeSpan.FromDays(Math.Max(1, ValidDays));
}
