using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Imports;

/// <summary>
/// Issue 20.5: the problems CSV gives each rejected or conflicting row back as the file wrote it, with its reason, so it
/// can be corrected and imported again; and "today" is the program's date, in its time zone (R-DATE-1).
/// </summary>
public sealed class ProblemRowsTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TheProblemsCsvCarriesEachRowsCellsAsWrittenAndItsReason()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var preview = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes($"""
            {ImportFlow.Header}
            4100001,Invoice,P-1,1,2026-02-30,MOC,1,95.00,USD
            4100001,Invoice,P-2,1,2026-10-05,MOC,abc,95.00,USD
            4100001,Invoice,P-3{'\u202E'},1,2026-10-05,MOC,1,95.00,USD
            4100001,Invoice,P-4,1,2026-10-05,MOC,2,95.00,USD
            4100001,Invoice,P-4,1,2026-10-05,MOC,3,95.00,USD
            4100001,Invoice,P-5,1,2026-10-05,MOC,1,95.00,USD,extra

            """), "problems.csv");

        var csv = await support.GetStringAsync($"{preview}/problems.csv");

        // Written out by hand: the cells as in the file (95.00, not 95; abc and 2026-02-30 as they were), the hidden
        // character as its code point (issue 20.6: never stored itself), and the columns of the export.
        Assert.Equal(
        [
            "Line,Outcome,PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency,Reason",
            "2,Rejected,4100001,Invoice,P-1,1,2026-02-30,MOC,1,95.00,USD,Invoice date '2026-02-30' is not a date as YYYY-MM-DD.",
            "3,Rejected,4100001,Invoice,P-2,1,2026-10-05,MOC,abc,95.00,USD,Units 'abc' must be a whole number of 0 or more.",
            "4,Rejected,4100001,Invoice,P-3[U+202E],1,2026-10-05,MOC,1,95.00,USD,"
                + "InvoiceNumber contains an invisible control or text-direction character (U+202E); such text is not accepted.",
            "6,Conflict,4100001,Invoice,P-4,1,2026-10-05,MOC,3,95.00,USD,Line 5 of this file has other values for this invoice line.",
            "7,Rejected,4100001,Invoice,P-5,1,2026-10-05,MOC,1,95.00,USD,The row has 10 fields; the header has 9.",
        ], csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var stored = await _factory.WithDbAsync(db => db.InvoiceImportRows.Where(r => r.Cells != null).Select(r => r.Cells!.InvoiceNumber).ToListAsync());
        Assert.DoesNotContain(stored, n => n!.Contains('\u202E', StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCorrectedProblemsCsvImportsAgain()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var first = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes(
            $"{ImportFlow.Header}\n4100001,Invoice,R-1,1,2026-02-30,MOC,1,95.00,USD\n4100001,Invoice,R-2,1,2026-10-05,MOC,abc,95.00,USD\n"), "first.csv");
        var problems = await support.GetByteArrayAsync($"{first}/problems.csv");

        // Support corrects the two cells in a spreadsheet and uploads the file as it is: Line, Outcome and Reason are ignored.
        var corrected = Encoding.UTF8.GetString(problems).Replace("2026-02-30", "2026-02-27").Replace(",abc,", ",2,");
        var again = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes(corrected), "corrected.csv");
        var page = WebUtility.HtmlDecode(await support.GetStringAsync(again));

        Assert.Equal(("2", "0"), (Count(page, "count-new"), Count(page, "count-rejected")));
        Assert.Contains("Ignored columns: Line, Outcome, Reason. The portal does not use them.", page);
        await ImportFlow.CommitAsync(support, again);
        var recorded = await _factory.WithDbAsync(db => db.InvoiceLines.Where(l => l.InvoiceNumber.StartsWith("R-")).OrderBy(l => l.InvoiceNumber)
            .Select(l => new { l.InvoiceDate, l.Units }).ToListAsync());
        Assert.Equal([(new DateOnly(2026, 2, 27), 1), (new DateOnly(2026, 10, 5), 2)], recorded.Select(l => (l.InvoiceDate, l.Units)));
    }

    [Fact]
    public async Task TomorrowIsTheProgramTimeZonesTomorrow()
    {
        // 2026-11-26 05:00 UTC is still 2026-11-25 in Los Angeles: an invoice of the 26th is dated in the future there.
        using var factory = new PortalFactory().WithSetting("Program:TimeZone", "America/Los_Angeles");
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero));
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var preview = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes($"{ImportFlow.Header}\n4100001,Invoice,T-1,1,2026-11-26,MOC,1,95.00,USD\n"), "la.csv");

        Assert.Contains("Invoice date 2026-11-26 is after today (2026-11-25): an invoice cannot be dated in the future.",
            WebUtility.HtmlDecode(await support.GetStringAsync(preview)));
    }

    [Fact]
    public async Task TodayIsTheProgramTimeZonesToday()
    {
        // 2026-11-25 16:30 UTC is already 2026-11-26 00:30 in Shanghai: an invoice of the 26th is today's there.
        using var factory = new PortalFactory().WithSetting("Program:TimeZone", "Asia/Shanghai");
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 16, 30, 0, TimeSpan.Zero));
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var preview = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes($"{ImportFlow.Header}\n4100001,Invoice,T-2,1,2026-11-26,MOC,1,95.00,USD\n"), "shanghai.csv");
        var page = await support.GetStringAsync(preview);

        Assert.Equal(("1", "0"), (Count(page, "count-new"), Count(page, "count-rejected")));
    }

    public void Dispose() => _factory.Dispose();

    private static string Count(string html, string id) => Regex.Match(html, $"id=\"{id}\">(\\d+)<").Groups[1].Value;
}
