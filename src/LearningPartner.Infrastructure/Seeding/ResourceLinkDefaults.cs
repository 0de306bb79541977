using LearningPartner.Domain.Resources;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>R-RES-1: the three program links, present in every database, in English and Chinese (ADR-019); support staff edit them.</summary>
public static class ResourceLinkDefaults
{
    public static IEnumerable<ResourceLink> Create() =>
    [
        new(ResourceLinkKind.ProgramAnnouncements, "Program announcements",
            new Uri("https://learn.microsoft.com/partner-center/announcements/"),
            "Changes to the learning partner program, its requirements and its calendar.",
            "计划公告", "学习合作伙伴计划、其要求及日程的变更。"),
        new(ResourceLinkKind.LearningResources, "Learning partner resources",
            new Uri("https://learn.microsoft.com/training/"),
            "Program documents and the recordings of the monthly community calls.",
            "学习合作伙伴资源", "计划文档以及每月社区电话会议的录像。"),
        new(ResourceLinkKind.EnrollmentGuide, "Enrollment guide for new partners",
            new Uri("https://learn.microsoft.com/partner-center/"),
            "How a training company enrolls, step by step.",
            "新合作伙伴注册指南", "培训公司如何注册，分步说明。"),
    ];
}
