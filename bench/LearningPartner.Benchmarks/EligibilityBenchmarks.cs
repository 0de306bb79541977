using BenchmarkDotNet.Attributes;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.RuleSets;

namespace LearningPartner.Benchmarks;

/// <summary>
/// Issue 4's target: a full eligibility evaluation (every competency of FY2027) under 1 ms from in-memory totals,
/// for a partner with 100,000 KPI records. Summing the records is measured separately.
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private static readonly DateOnly Evaluation = new(2026, 11, 25);
    private ProgramRuleSet _ruleSet = null!;
    private PartnerFacts _facts = null!;
    private List<KpiRecord> _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new RuleSetCatalog(ShippedRuleSets.ReadAll().Select(f => RuleSetParser.Parse(f.Json, f.Name)));
        _ruleSet = catalog.For(Evaluation);
        var random = new Random(1);
        _records = Enumerable.Range(0, 100_000)
            .Select(_ => new KpiRecord(Evaluation.AddDays(-random.Next(0, 730)), random.Next(3) == 0 ? "certification" : "courseware",
                random.Next(1, 40)))
            .ToList();
        var trainers = Enumerable.Range(1, 6).Select(i => new Trainer(1, $"T{i}", $"MCT{i}", Evaluation.AddDays(100 * i - 150), FactReview.Confirmed(DateTimeOffset.UnixEpoch, "bench", "bench"))).ToList();
        var exams = new[] { "AZ-900", "AZ-104", "DP-900", "SC-900", "MS-900", "PL-900" }
            .Select(code => new ExamPass(1, code, "Someone", Evaluation.AddDays(-200), FactReview.Confirmed(DateTimeOffset.UnixEpoch, "bench", "bench"))).ToList();
        _facts = new PartnerFacts("US", trainers, exams, KpiTotals.Sum(_records, KpiWindows.EligibilityWindow(Evaluation)));
    }

    [Benchmark(Description = "Eligibility, all competencies, from totals")]
    public EligibilityResult Evaluate() => EligibilityEvaluator.Evaluate(_ruleSet, Evaluation, _facts);

    [Benchmark(Description = "Sum 100,000 KPI records in memory")]
    public KpiTotals SumRecords() => KpiTotals.Sum(_records, KpiWindows.EligibilityWindow(Evaluation));
}
