using System.Text.Json;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Infrastructure.RuleSets;

/// <summary>Reads a rule set file into the domain's <see cref="ProgramRuleSet"/>, refusing anything incomplete or inconsistent.</summary>
public static class RuleSetParser
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="json">The file.</param>
    /// <param name="source">Its name, for the problems listed.</param>
    /// <param name="requireChineseNames">
    /// ADR-019: a file the portal ships names every competency, OMLP type, KPI category and market in Chinese too
    /// (<c>nameZh</c>). Versions stored before the Chinese names were added are read without them (English shown).
    /// </param>
    public static ProgramRuleSet Parse(string json, string source, bool requireChineseNames = false)
    {
        RuleSetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RuleSetDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new RuleSetFormatException(source, [$"not valid JSON ({e.Message})"]);
        }

        var problems = new List<string>();
        var ruleSet = document is null ? null : Map(document, problems, requireChineseNames);
        if (ruleSet is null || problems.Count > 0)
        {
            throw new RuleSetFormatException(source, problems.Count > 0 ? problems : ["the file is empty"]);
        }

        return ruleSet;
    }

    private static ProgramRuleSet? Map(RuleSetDocument d, List<string> problems, bool requireChineseNames)
    {
        string? Chinese(string what, string? code, string? nameZh)
        {
            if (string.IsNullOrWhiteSpace(nameZh))
            {
                if (requireChineseNames)
                {
                    problems.Add($"{what} '{code}' needs its Chinese name ('nameZh', ADR-019)");
                }

                return null;
            }

            return nameZh.Trim();
        }

        if (string.IsNullOrWhiteSpace(d.SampleValues))
        {
            problems.Add("'sampleValues' must say whether the numbers are samples or the program's published figures");
        }

        if (d.ProgramYear is null || d.Version is not > 0 || d.EffectiveFrom is null || d.EffectiveTo is null
            || d.EffectiveTo <= d.EffectiveFrom)
        {
            problems.Add("'programYear', a positive 'version' and 'effectiveFrom' < 'effectiveTo' are required");
            return null;
        }

        var categoryList = (d.KpiCategories ?? []).Where(c => c.Code is not null)
            .Select(c => new KpiCategory(c.Code!, c.Name ?? c.Code!) { NameZh = Chinese("KPI category", c.Code, c.NameZh) }).ToList();
        var categories = categoryList.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        if (categories.Count == 0)
        {
            problems.Add("at least one KPI category is required (R-CMP-2)");
        }

        var omlpTypes = new Dictionary<string, OmlpTypeRule>(StringComparer.Ordinal);
        foreach (var t in d.OmlpTypes ?? [])
        {
            if (t.Code is null || t.KpiCategory is null || !categories.Contains(t.KpiCategory) || t.KpiWeight is not >= 0)
            {
                problems.Add($"OMLP type '{t.Code}' needs a known KPI category and a weight ≥ 0");
                continue;
            }

            omlpTypes[t.Code] = new OmlpTypeRule(t.Code, t.Name ?? t.Code, t.KpiCategory, t.KpiWeight.Value)
            {
                NameZh = Chinese("OMLP type", t.Code, t.NameZh),
            };
        }

        var regions = (d.RegionGroups ?? [])
            .Select(g => new RegionGroup(g.Code ?? string.Empty, g.Name ?? g.Code ?? string.Empty,
                (g.Countries ?? []).ToHashSet(StringComparer.Ordinal), g.IsDefault)
            {
                NameZh = Chinese("Region group", g.Code, g.NameZh),
            })
            .ToList();
        if (regions.Count(g => g.IsDefault) != 1 || regions.Any(g => g.Code.Length == 0))
        {
            problems.Add("region groups need codes, and exactly one is the default (R-CMP-2)");
        }

        var regionCodes = regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        LevelRequirement? Level(LevelDocument? level, string where)
        {
            if (level is null)
            {
                return null;
            }

            if (level.MctCount is not >= 0)
            {
                problems.Add($"{where}: 'mctCount' ≥ 0 is required");
            }

            ExamRequirement? exams = null;
            if (level.Exams is { } e)
            {
                var codes = (e.Codes ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (e.Required is not >= 0 || e.Required > codes.Count)
                {
                    problems.Add($"{where}: exams 'required' must be between 0 and the number of listed exams");
                }

                exams = new ExamRequirement(codes, e.Required ?? 0);
            }

            var thresholds = new List<KpiThreshold>();
            foreach (var t in level.KpiThresholds ?? [])
            {
                if (t.KpiCategory is null || !categories.Contains(t.KpiCategory) || t.RegionGroup is null
                    || !regionCodes.Contains(t.RegionGroup) || t.Threshold is not >= 0)
                {
                    problems.Add($"{where}: a KPI threshold needs a known category, a known region group and a value ≥ 0");
                    continue;
                }

                thresholds.Add(new KpiThreshold(t.KpiCategory, t.RegionGroup, t.Threshold.Value));
            }

            return new LevelRequirement(level.MctCount ?? 0, exams, thresholds);
        }

        var pack = Level(d.LearningActionPack, "learningActionPack");
        if (pack is null)
        {
            problems.Add("'learningActionPack' is required (R-LAP-1)");
        }

        var competencies = (d.Competencies ?? [])
            .Select(c => new CompetencyRule(c.Code ?? string.Empty, c.Name ?? c.Code ?? string.Empty,
                Level(c.Silver, $"{c.Code} silver"), Level(c.Gold, $"{c.Code} gold"))
            {
                NameZh = Chinese("Competency", c.Code, c.NameZh),
            })
            .ToList();
        if (competencies.Any(c => c.Code.Length == 0) || competencies.Select(c => c.Code).Distinct().Count() != competencies.Count)
        {
            problems.Add("every competency needs a unique code");
        }

        var fees = new Dictionary<LearningLevel, IReadOnlyList<Money>>();
        foreach (var (levelName, list) in d.Fees ?? [])
        {
            if (!Enum.TryParse<LearningLevel>(levelName, out var level) || list.Any(f => !CurrencyCodes.IsWellFormed(f.Currency) || f.Amount is not >= 0))
            {
                problems.Add($"fees of '{levelName}' need a known level, ISO currency codes and amounts ≥ 0");
                continue;
            }

            fees[level] = list.Select(f => new Money(f.Amount!.Value, f.Currency!)).ToList();
        }

        if (d.SilverToGoldDiscountPercent is not (>= 0 and <= 100))
        {
            problems.Add("'silverToGoldDiscountPercent' must be between 0 and 100 (R-GLD-3)");
        }

        if (d.RenewalGraceDays is not >= 0 || d.PendingOrderExpiryDays is not > 0)
        {
            problems.Add("'renewalGraceDays' ≥ 0 and 'pendingOrderExpiryDays' > 0 are required (R-RNW-1, R-FEE-2)");
        }

        var windows = new List<ExtensionWindow>();
        foreach (var w in d.ExtensionWindows ?? [])
        {
            var levels = (w.Levels ?? []).Select(l => Enum.TryParse<LearningLevel>(l, out var parsed) ? parsed : (LearningLevel?)null).ToList();
            if (w.Name is null || w.AnniversaryFrom is null || w.AnniversaryTo is null || w.AnniversaryTo < w.AnniversaryFrom
                || w.ExtensionMonths is not > 0 || levels.Count == 0 || levels.Any(l => l is null))
            {
                problems.Add($"extension window '{w.Name}' needs a name, an AD range, a period in months and known levels (R-EXT-1)");
                continue;
            }

            windows.Add(new ExtensionWindow(w.Name, w.Reason ?? w.Name, w.AnniversaryFrom.Value, w.AnniversaryTo.Value,
                w.ExtensionMonths.Value, levels.Select(l => l!.Value).ToHashSet(),
                (w.ExcludedCompetencies ?? []).ToHashSet(StringComparer.Ordinal)));
        }

        return pack is null
            ? null
            : new ProgramRuleSet(d.ProgramYear, d.Version.Value, d.EffectiveFrom.Value, d.EffectiveTo.Value, omlpTypes,
                categoryList, regions, pack, competencies, fees, d.SilverToGoldDiscountPercent ?? 0,
                d.RenewalGraceDays ?? 0, d.PendingOrderExpiryDays ?? 0, windows);
    }
}
