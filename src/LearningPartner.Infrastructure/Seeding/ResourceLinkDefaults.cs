using LearningPartner.Domain.Resources;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>R-RES-1: the three program links, present in every database; support staff edit them.</summary>
public static class ResourceLinkDefaults
{
    public static IEnumerable<ResourceLink> Create() =>
    [
        new(ResourceLinkKind.ProgramAnnouncements, "Program announcements",
            new Uri("https://learn.microsoft.com/partner-center/announcements/"),
            "Changes to the learning partner program, its requirements and its calendar."),
        new(ResourceLinkKind.LearningResources, "Learning partner resources",
            new Uri("https://learn.microsoft.com/training/"),
            "Program documents and the recordings of the monthly community calls."),
        new(ResourceLinkKind.EnrollmentGuide, "Enrollment guide for new partners",
            new Uri("https://learn.microsoft.com/partner-center/"),
            "How a training company enrolls, step by step."),
    ];
}
