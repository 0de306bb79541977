using System.Globalization;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Views.Shared;

/// <summary>How requirement checks, levels and states read on a page, in the user's language.</summary>
public static class RequirementText
{
    public static string Level(IStringLocalizer localizer, LearningLevel level) => level switch
    {
        LearningLevel.LearningActionPack => localizer["Learning Action Pack"],
        LearningLevel.Silver => localizer["Silver"],
        LearningLevel.Gold => localizer["Gold"],
        _ => level.ToString(),
    };

    public static string State(IStringLocalizer localizer, OptionState state) => state switch
    {
        OptionState.PendingPayment => localizer["Pending payment"],
        OptionState.OrderExpired => localizer["Order expired"],
        OptionState.Active => localizer["Active"],
        OptionState.MarketplaceAccessPending => localizer["Active, marketplace access pending"],
        OptionState.InGrace => localizer["In grace"],
        OptionState.Lapsed => localizer["Lapsed"],
        OptionState.Replaced => localizer["Replaced by gold"],
        OptionState.SteppedDown => localizer["Renewed at a lower level"],
        _ => state.ToString(),
    };

    /// <summary>R-PRG-1: no rule set covers the date; its program year is named, never borrowed from another.</summary>
    public static string MissingRuleSet(IStringLocalizer localizer, DateOnly date) =>
        localizer["No program-year rule set covers {0} (program year {1}): its requirements and fees have not been published in the portal.",
            Display.Date(date), ProgramYear.NameOf(date)];

    /// <summary>An option's state on a date, or why it is unknown (R-PRG-1: no rule set covers its AD).</summary>
    public static string State(IStringLocalizer localizer, OptionRow option) =>
        option.Status is { } status ? State(localizer, status.State) : MissingRuleSet(localizer, option.StoredAnniversary!.Value);

    /// <summary>What was checked: "KPI, Courseware units" / "MCTs valid on the date" / "Exams of AZ-900, AZ-104".</summary>
    public static string Requirement(IStringLocalizer localizer, RequirementCheck check, ProgramRuleSet ruleSet) => check.Kind switch
    {
        RequirementKind.Kpi => localizer["KPI: {0}", ruleSet.CategoryName(check.Subject, CultureInfo.CurrentUICulture)],
        RequirementKind.Mct => localizer["Valid MCTs"],
        RequirementKind.Exams => localizer["Exams passed of {0}", check.Subject],
        _ => check.Subject,
    };

    /// <summary>
    /// R-GLD-2: what the highest level met in a competency means, in plain words (issue 24: "Offered: Learning Action Pack" under a
    /// competency read as if the pack were for sale there). The LAP is the fallback when neither silver nor gold is met; it
    /// belongs to no competency.
    /// </summary>
    public static string CompetencyOffer(IStringLocalizer localizer, LearningLevel level) => level switch
    {
        LearningLevel.Gold => localizer["You meet gold in this competency."],
        LearningLevel.Silver => localizer["You meet silver in this competency; gold is not met yet."],
        _ => localizer["Neither silver nor gold is met in this competency yet; you meet the Learning Action Pack, which covers no single competency."],
    };

    /// <summary>
    /// What is missing: "Courseware units: 2 more KPI", "1 more MCT", "one of AZ-104, AZ-305". Issue 24: a KPI figure always
    /// names its category (<paramref name="categoryName"/>: its name in the reader's language, by its code), so two shortfalls
    /// never read as two bare numbers.
    /// </summary>
    public static string Missing(IStringLocalizer localizer, RequirementCheck check, Func<string, string> categoryName) => check.Kind switch
    {
        _ when check.IsMet => localizer["Met"],
        RequirementKind.Kpi => localizer["{1}: {0} more KPI", Display.Number(check.Shortfall), categoryName(check.Subject)],
        RequirementKind.Mct => localizer["{0} more MCT", Display.Number(check.Shortfall)],
        RequirementKind.Exams when check.Shortfall == 1 => localizer["one of {0}", string.Join(", ", check.StillNeeded)],
        RequirementKind.Exams => localizer["{0} more of {1}", Display.Number(check.Shortfall), string.Join(", ", check.StillNeeded)],
        _ => string.Empty,
    };
}
