using System.Globalization;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>
/// R-RNW-2, issue 24: a renewal reminder states the facts of the day it was sent, as dates, by the competency's name, in the
/// reader's language. A silver Security option with AD 2026-11-21 and 30 days of grace: grace ends on 2026-12-21, so its last day
/// is 2026-12-20.
/// </summary>
public sealed class RenewalReminderWordsTests
{
    private static readonly CultureInfo English = new("en-US");
    private static readonly CultureInfo Chinese = new("zh-CN");

    [Theory]
    [InlineData("2026-11-06", "Your Silver · Security renews on 2026-11-21")] // on its day, AD − 15
    [InlineData("2026-11-16", "Your Silver · Security renews on 2026-11-21")] // caught up 10 days late: the same words
    [InlineData("2026-11-21", "Your Silver · Security: the anniversary date was 2026-11-21; renew by 2026-12-20 or the option lapses")]
    [InlineData("2026-12-16", "Your Silver · Security: the anniversary date was 2026-11-21; renew by 2026-12-20 or the option lapses")]
    public void TheSubjectStatesTheDatesNeverTheDaysFromNow(string sentOn, string subject)
    {
        var words = Render(DateOnly.Parse(sentOn, CultureInfo.InvariantCulture), English);

        Assert.Equal(subject, words.Subject);
        var body = string.Join("\n", words.Paragraphs.SelectMany(p => p));
        Assert.Contains($"As of {sentOn}: renewal is evaluated with the anniversary date (2026-11-21) as evaluation date", body);
        Assert.Contains("in grace until 2026-12-20", body);
        Assert.DoesNotContain("today", words.Subject + body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tomorrow", words.Subject + body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" days", words.Subject + body, StringComparison.Ordinal);
    }

    [Fact]
    public void InChineseTheCompetencyHasItsChineseNameAndNoCode()
    {
        var before = Render(new DateOnly(2026, 11, 6), Chinese);
        var inGrace = Render(new DateOnly(2026, 11, 30), Chinese);

        Assert.Equal("你的 银牌 · 安全 将于 2026-11-21 续订", before.Subject);
        Assert.Equal("你的 银牌 · 安全：周年日为 2026-11-21；请在 2026-12-20（含）前续订，否则该选项将失效", inGrace.Subject);
        Assert.Equal("截至 2026-11-30：续订以周年日（2026-11-21）为评估日期，按其所在月份之前 12 个月的 KPI 评估。", inGrace.Paragraphs[1][0]);
        Assert.DoesNotContain("SECURITY", string.Join("\n", inGrace.Paragraphs.SelectMany(p => p)), StringComparison.Ordinal);
    }

    [Fact]
    public void AReminderStoredWithoutItsCompetencyCodeShowsTheNameItStored()
    {
        var stored = new RenewalReminderFacts(LearningLevel.Silver, "Security", new DateOnly(2026, 11, 21), new DateOnly(2026, 12, 21),
            new DateOnly(2026, 11, 6));

        Assert.Equal("你的 银牌 · Security 将于 2026-11-21 续订", TestRenderers.Real().Render(NoticeKind.RenewalReminder, stored.ToJson(), Chinese).Subject);
    }

    [Fact]
    public void TheFactsKeepTheirValuesThroughTheirJson()
    {
        var facts = new RenewalReminderFacts(LearningLevel.Gold, "Data Platform", new DateOnly(2026, 11, 10), new DateOnly(2026, 12, 10),
            new DateOnly(2026, 11, 25));

        var json = facts.ToJson();

        Assert.Equal(facts, RenewalReminderFacts.FromJson(json));
        Assert.Contains("\"Level\":\"Gold\"", json, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 9), facts.LastGraceDay);
        Assert.Equal("RenewalReminder:12:2026-11-10:-15", RenewalReminderFacts.OnceKey(12, new DateOnly(2026, 11, 10), -15));
    }

    private static Infrastructure.Notifications.NoticeText Render(DateOnly sentOn, CultureInfo culture) =>
        TestRenderers.Real().Render(NoticeKind.RenewalReminder,
            new RenewalReminderFacts(LearningLevel.Silver, "Security", new DateOnly(2026, 11, 21), new DateOnly(2026, 12, 21), sentOn)
            {
                CompetencyCode = "SECURITY",
            }.ToJson(), culture);
}
