using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.Enrollments;

/// <summary>How an option is named in its page's route: "lap", or "silver"/"gold" with the competency code.</summary>
public static class OfferRoutes
{
    public static string? LevelSegment(LearningLevel level) => level switch
    {
        LearningLevel.Silver => "silver",
        LearningLevel.Gold => "gold",
        _ => null,
    };

    public static LearningLevel ParseLevel(string level) => level == "gold" ? LearningLevel.Gold : LearningLevel.Silver;
}
