using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Views.Shared;

/// <summary>R-MCT-1: how a claim awaiting verification, and what verifying it would change, read on the partner's pages.</summary>
public static class PendingClaimText
{
    /// <param name="withPeople">False for a report viewer, who reads no person's name (R-ROLE-5).</param>
    public static string Claim(IStringLocalizer localizer, IClaimedFact fact, bool withPeople) => fact switch
    {
        Trainer t => withPeople ? localizer["MCT {0}: {1}", t.MctId, t.Name] : localizer["MCT {0}", t.MctId],
        ExamPass e => withPeople ? localizer["Exam {0} passed by {1}", e.ExamCode, e.PersonName] : localizer["Exam {0}", e.ExamCode],
        _ => string.Empty,
    };

    public static string Option(IStringLocalizer localizer, RuleSetNames names, MetOption option) =>
        RequirementText.Level(localizer, option.Level) + names.AfterLevel(option.CompetencyCode);

    /// <summary>"Once verified, it meets the requirements of Silver · Security." or that it changes nothing on the date.</summary>
    public static string WouldChange(IStringLocalizer localizer, RuleSetNames names, PendingClaim claim, DateOnly date) => claim.WouldMeet.Count > 0
        ? localizer["Once verified, it meets the requirements of {0}.", string.Join(", ", claim.WouldMeet.Select(o => Option(localizer, names, o)))]
        : localizer["Once verified, it meets no further option on {0}.", Display.Date(date)];
}
