using System.Globalization;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Reminders;

/// <summary>
/// The English words of an R-MCT-2 lapse warning's notice and email: the overview's sentences (its en-US resource keys), with
/// dates only — a warning sent late states the facts as of the day it is sent, never "today" about another day (R-RNW-2).
/// </summary>
public static class TrainerLapseText
{
    private const int SubjectLength = 300;

    public static (string Subject, string Body) Compose(TrainerLapseWarning warning)
    {
        var sentences = warning.Options.Select(option => Sentence(warning, option)).ToList();
        var subject = sentences.Count == 1
            ? sentences[0]
            : $"If MCT {warning.TrainerName} ({warning.MctId}) lapses on {Date(warning.LapsesOn)}, {sentences.Count} options you hold lack MCTs at their anniversary dates.";
        var body = $"""
            {string.Join("\n", sentences)}

            A trainer counts toward requirements only within its verified MCT membership (R-MCT-2), and a renewal is evaluated on
            the anniversary date. Once the trainer has renewed the membership, change its valid-until date on the trainers page;
            support staff then verify the new date. Or add another MCT before the anniversary date.
            """;
        return (subject.Length <= SubjectLength ? subject : subject[..(SubjectLength - 1)] + "…", body);
    }

    /// <summary>One option's sentence, word for word the overview's (Views/Partners/Overview.cshtml).</summary>
    public static string Sentence(TrainerLapseWarning warning, LapseShortfall option)
    {
        var who = $"If MCT {warning.TrainerName} ({warning.MctId}) lapses on {Date(warning.LapsesOn)} (membership valid until {Date(warning.ValidUntil)})";
        var lacks = option.Lacks == 1 ? "1 MCT" : $"{option.Lacks.ToString("#,0.##", CultureInfo.InvariantCulture)} MCTs";
        return $"{who}, {OptionName(option)} lacks {lacks} at its anniversary date {Date(option.Anniversary)}.";
    }

    private static string OptionName(LapseShortfall option)
    {
        var level = option.Level switch
        {
            LearningLevel.LearningActionPack => "Learning Action Pack",
            _ => option.Level.ToString(),
        };
        return option.CompetencyName is null ? level : $"{level} · {option.CompetencyName}";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
