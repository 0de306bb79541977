using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>R-PRG-1 and R-KPI-2 at start-up: rule sets stored once, KPI values fixed from the invoice date's year.</summary>
public sealed partial class RuleSetLoaderTests
{
    private static readonly IReadOnlyList<(string Name, string Json)> Files = ShippedRuleSets.ReadAll();

    [Fact]
    public async Task StoresEachShippedRuleSetOnceAndASecondRunChangesNothing()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await Load(connection);
        await Load(connection);

        await using var db = TestDatabases.Sqlite(connection);
        Assert.Equal(8, await db.ProgramYearRuleSets.CountAsync());
        Assert.All(await db.ProgramYearRuleSets.ToListAsync(), r => Assert.Equal(64, r.ContentHash.Length));
    }

    [Fact]
    public async Task FixesTheKpiValueOfEachLineFromItsInvoiceDatesProgramYear()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var db = TestDatabases.Sqlite(connection))
        {
            db.InvoiceLines.AddRange(
                Line("A", new DateOnly(2021, 6, 30), "LABS-ONLINE", 10),   // FY2021: 0.5 → 5
                Line("B", new DateOnly(2021, 7, 1), "LABS-ONLINE", 10),    // FY2022: 0.75 → 7.5
                Line("C", new DateOnly(2021, 7, 1), "EXAM-VOUCHER", 3),    // certification, 1.0 → 3
                Line("D", new DateOnly(2023, 3, 1), "MOC", 10),            // FY2023 is not shipped: stays without value
                Line("E", new DateOnly(2026, 11, 2), "MOC-ON-DEMAND", 4)); // FY2027: 1.25 → 5
            await db.SaveChangesAsync();
        }

        await Load(connection);

        await using var read = TestDatabases.Sqlite(connection);
        var values = await read.InvoiceLines.ToDictionaryAsync(l => l.InvoiceNumber, l => (l.KpiValue, l.KpiCategory));
        Assert.Equal((5m, "courseware"), values["A"]);
        Assert.Equal((7.5m, "courseware"), values["B"]);
        Assert.Equal((3m, "certification"), values["C"]);
        Assert.Equal((null, null), values["D"]);
        Assert.Equal((5m, "courseware"), values["E"]);
    }

    [Fact]
    public async Task AShippedFileChangedWithoutANewVersionIsRefused()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        await Load(connection);
        var changed = Files.Select(f => f.Name == "FY2021.json" ? (f.Name, f.Json.Replace("\"renewalGraceDays\": 30", "\"renewalGraceDays\": 45", StringComparison.Ordinal)) : f).ToList();

        await using var db = TestDatabases.Sqlite(connection);
        var error = await Assert.ThrowsAsync<RuleSetFormatException>(() => Loader(db).LoadAsync(changed));

        Assert.Contains("FY2021 version 2 is already loaded with other content", error.Message);
    }

    [Fact]
    public async Task ADatabaseHoldingTheFilesWithoutChineseNamesTakesTheirNextVersion()
    {
        // ADR-019: the Chinese names came as version 2 of each file (a loaded version is never changed in place). A database
        // that stored version 1 keeps it, stores version 2 beside it, and the catalog reads version 2 with its Chinese names.
        using var connection = TestDatabases.OpenMigratedSqlite();
        await using (var db = TestDatabases.Sqlite(connection))
        {
            foreach (var (_, json) in Files)
            {
                var withoutChinese = ChineseName().Replace(json, string.Empty).Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal);
                var old = RuleSetParser.Parse(withoutChinese, "version 1");
                db.ProgramYearRuleSets.Add(new Domain.Programs.ProgramYearRuleSet(old.ProgramYear, 1, old.EffectiveFrom, old.EffectiveTo,
                    withoutChinese, new string('0', 64), DateTimeOffset.UnixEpoch));
            }

            await db.SaveChangesAsync();
        }

        await using var read = TestDatabases.Sqlite(connection);
        var catalog = await Loader(read).LoadAsync(Files);

        Assert.Equal(16, await read.ProgramYearRuleSets.CountAsync());
        Assert.All(catalog.All, r => Assert.Equal(2, r.Version));
        Assert.Equal("云平台", catalog.CompetencyName("CLOUD-PLATFORM", CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void AShippedFileWithoutAChineseNameIsRefused()
    {
        var json = Files.Single(f => f.Name == "FY2027.json").Json.Replace("\"nameZh\": \"安全\",", string.Empty, StringComparison.Ordinal);

        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse(json, "FY2027.json", requireChineseNames: true));

        Assert.Contains("Competency 'SECURITY' needs its Chinese name", error.Message);
        Assert.Equal("Security", RuleSetParser.Parse(json, "FY2027.json").Competency("SECURITY")!.NameIn(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("{\"programYear\":\"FY2030\"}", "'programYear', a positive 'version'")]
    public void BrokenFilesAreRefusedWithTheirProblems(string json, string problem)
    {
        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse(json, "broken.json"));

        Assert.Contains(problem, error.Message);
        Assert.Contains("broken.json", error.Message);
    }

    [Fact]
    public void AnOmlpTypeOfAnUnknownCategoryIsRefused()
    {
        var json = Files.Single(f => f.Name == "FY2027.json").Json
            .Replace("\"kpiCategory\": \"certification\"", "\"kpiCategory\": \"vouchers\"", StringComparison.Ordinal);

        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse(json, "FY2027.json"));

        Assert.Contains("OMLP type 'EXAM-VOUCHER' needs a known KPI category", error.Message);
    }

    private static async Task Load(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        await using var db = TestDatabases.Sqlite(connection);
        await Loader(db).LoadAsync(Files);
    }

    private static RuleSetLoader Loader(PortalDbContext db) =>
        new(db, new ProgramClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)),
            Options.Create(new ProgramOptions())), NullLogger<RuleSetLoader>.Instance);

    [GeneratedRegex(@"\n *""nameZh"": ""[^""]*"",")]
    private static partial Regex ChineseName();

    private static Domain.Kpis.InvoiceLine Line(string invoice, DateOnly date, string omlpType, int units) =>
        new("4100001", invoice, 1, date, omlpType, units, new Money(10m, "USD"), "test", DateTimeOffset.UnixEpoch);
}
