namespace LearningPartner.Web.Startup;

/// <summary>Section "Session": how long a sign-in lasts (issue 11, ASVS V7).</summary>
public sealed class PortalSessionOptions
{
    public const string SectionName = "Session";

    /// <summary>Idle timeout: a session unused for this long ends (each request keeps it alive).</summary>
    public int IdleMinutes { get; set; } = 30;

    /// <summary>Absolute timeout: a session ends this long after sign-in, however active.</summary>
    public int AbsoluteHours { get; set; } = 12;
}
