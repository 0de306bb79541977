namespace LearningPartner.Domain.Resources;

/// <summary>The three links the program gives its partners (R-RES-1).</summary>
public enum ResourceLinkKind
{
    ProgramAnnouncements = 1,
    LearningResources = 2,
    EnrollmentGuide = 3,
}
