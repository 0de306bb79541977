using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Kpis;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>The database's grouped query and the domain's pure <see cref="KpiTotals.Sum"/> agree on the same lines.</summary>
public sealed class KpiQueryAgreementTests
{
    [Fact]
    public async Task DatabaseTotalsEqualDomainTotalsForEveryWindow()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        var random = new Random(11);
        var lines = new List<InvoiceLine>();
        string[] partners = ["4100001", "4100002", "4100003"];
        (string Code, string Category, decimal Weight)[] types =
            [("MOC", "courseware", 1m), ("LABS-ONLINE", "courseware", 0.5m), ("EXAM-VOUCHER", "certification", 1m), ("PRACTICE-TEST", "certification", 0.5m)];
        for (var i = 0; i < 3000; i++)
        {
            var type = types[random.Next(types.Length)];
            var line = new InvoiceLine(partners[random.Next(partners.Length)], $"INV-{i}", 1,
                new DateOnly(2024, 1, 1).AddDays(random.Next(0, 900)), type.Code, random.Next(0, 40),
                new Money(random.Next(0, 100000) / 100m, "USD"), "test", DateTimeOffset.UnixEpoch);
            line.FixKpi(new Domain.Programs.OmlpTypeRule(type.Code, type.Code, type.Category, type.Weight));
            lines.Add(line);
        }

        await using (var db = TestDatabases.Sqlite(connection))
        {
            db.InvoiceLines.AddRange(lines);
            await db.SaveChangesAsync();
        }

        await using var read = TestDatabases.Sqlite(connection);
        var queries = new KpiQueries(read);
        foreach (var partner in partners)
        {
            foreach (var evaluation in new[] { new DateOnly(2024, 6, 1), new DateOnly(2025, 1, 15), new DateOnly(2026, 3, 10) })
            {
                var window = KpiWindows.EligibilityWindow(evaluation);
                var expected = KpiTotals.Sum(
                    lines.Where(l => l.PartnerId == partner).Select(l => new KpiRecord(l.InvoiceDate, l.KpiCategory!, l.KpiValue!.Value)),
                    window);

                var actual = await queries.WindowTotalsAsync(partner, window);
                var monthly = await queries.MonthlyAsync(partner, window);

                Assert.Equal(expected.Of("courseware"), actual.Of("courseware"));
                Assert.Equal(expected.Of("certification"), actual.Of("certification"));
                Assert.Equal(expected.Of("courseware"), monthly.Where(m => m.KpiCategory == "courseware").Sum(m => m.Kpi));
                Assert.All(monthly, m => Assert.True(window.Contains(new DateOnly(m.Year, m.Month, 1))));
            }
        }
    }
}
