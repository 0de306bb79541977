using LearningPartner.Application.Common;
using LearningPartner.Application.Reminders;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Application.Partners;

/// <summary>
/// The partner's home page: its options and their forecasts, trainers, exams, purchases of the last 12 months, notices, and the
/// trainers whose membership lapses soon while a held option needs them at its anniversary (R-MCT-2).
/// </summary>
public sealed record PartnerOverview(
    PartnerContext Partner,
    DateOnly Today,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    int UserCount,
    IReadOnlyList<TrainerRow> Trainers,
    IReadOnlyList<ExamPassRow> ExamPasses,
    IReadOnlyList<MonthlyPurchasesRow> Months,
    IReadOnlyList<InvoiceLineRow> RecentLines,
    IReadOnlyList<OptionOverview> Options,
    Domain.Programs.ProgramRuleSet? RuleSet,
    IReadOnlyList<PartnerNotice> Notices,
    IReadOnlyList<Domain.Eligibility.TrainerLapseWarning> LapseWarnings)
{
    /// <summary>R-MCT-1, R-MCT-2: the trainers that count today — verified and valid; a claim awaiting verification does not.</summary>
    public int ValidTrainerCount => Trainers.Count(t => t.IsValid && t.Status == FactStatus.Verified);

    public int VerifiedExamPassCount => ExamPasses.Count(e => e.Status == FactStatus.Verified);

    public int WindowUnits => Months.Sum(m => m.Units);

    /// <summary>Revenue of the window per currency: never added across currencies.</summary>
    public IReadOnlyList<Money> WindowRevenue => Months
        .GroupBy(m => m.Revenue.Currency)
        .Select(g => new Money(g.Sum(m => m.Revenue.Amount), g.Key))
        .ToList();
}

public sealed record TrainerRow(string Name, string MctId, DateOnly ValidUntil, bool IsValid, FactStatus Status, string? RejectionReason);

public sealed record ExamPassRow(string ExamCode, string PersonName, DateOnly PassedOn, FactStatus Status, string? RejectionReason);

public sealed record MonthlyPurchasesRow(int Year, int Month, int Lines, int Units, Money Revenue);

public sealed record InvoiceLineRow(DateOnly InvoiceDate, string InvoiceNumber, int LineNumber, string OmlpType,
    int Units, decimal? KpiValue, Money Revenue);
