using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Kpis;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Imports;

/// <summary>
/// Issue 20.5's battery over HTTP (<see cref="ExportBattery"/>): a refused file stores nothing — no import, no preview row —
/// and says why beside the file field; a previewed file stores exactly the expected problem rows, and its commit records
/// exactly its new lines.
/// </summary>
public sealed class MalformedExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Files() => [.. ExportBattery.Cases.Keys];

    [Fact]
    public void TheBatteryHasAtLeastFortyFiles() => Assert.True(ExportBattery.Cases.Count >= 40, $"{ExportBattery.Cases.Count} files");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EachFileIsAnsweredAsWrittenOut(string file)
    {
        var expected = ExportBattery.Cases[file];
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var before = await CountsAsync();

        using var response = await UploadAsync(support, expected.Content, $"{file}.csv");

        if (expected.Refusal is { } message)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Matches($"<span id=\"file-error\" class=\"field-error\">\\s*<span[^>]*>{Regex.Escape(message)}</span>", html);
            Assert.Equal(before, await CountsAsync()); // no import, no preview row, no KPI line
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var preview = response.Headers.Location!.OriginalString;
        var importId = int.Parse(preview[(preview.LastIndexOf('/') + 1)..]);
        var rows = await factory.WithDbAsync(db => db.InvoiceImportRows.AsNoTracking().Where(r => r.ImportId == importId).OrderBy(r => r.FileLine)
            .Select(r => new { r.FileLine, r.Outcome, r.Reason }).ToListAsync());
        Assert.Equal(expected.NewLines, rows.Count(r => r.Outcome == ImportRowOutcome.New));
        Assert.Equal(expected.Problems.Select(p => (p.Line, p.Outcome, p.Reason)),
            rows.Where(r => r.Outcome is ImportRowOutcome.Rejected or ImportRowOutcome.Conflict).Select(r => (r.FileLine, r.Outcome, r.Reason!)));
        if (expected.Shows is { } text)
        {
            Assert.Contains(text, WebUtility.HtmlDecode(await support.GetStringAsync(preview)));
        }

        await ImportFlow.CommitAsync(support, preview);

        Assert.Equal(before.Lines + expected.NewLines, (await CountsAsync()).Lines); // rejected and conflicting rows are never recorded
    }

    [Fact]
    public async Task AFileNameWithAHiddenCharacterIsKeptWithItsCodePointShown()
    {
        // Issue 20.6: "invoices<RLO>vsc.csv" reads as "invoicescsv.csv" reversed in the history; it is kept with U+202E written out.
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var preview = await ImportFlow.UploadAsync(support, System.Text.Encoding.UTF8.GetBytes($"{ExportBattery.Header}\n{ExportBattery.Row("N-1")}\n"),
            "invoices\u202Evsc.csv");

        Assert.Contains("Import invoices[U+202E]vsc.csv", WebUtility.HtmlDecode(await support.GetStringAsync(preview)));
    }

    private Task<(int Imports, int Rows, int Lines)> CountsAsync() =>
        factory.WithDbAsync(async db => (await db.InvoiceImports.CountAsync(), await db.InvoiceImportRows.CountAsync(), await db.InvoiceLines.CountAsync()));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient support, byte[] content, string name)
    {
        var token = await support.GetAntiforgeryTokenAsync("/staff/imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", name },
            { new StringContent(Guid.NewGuid().ToString()), "progressId" },
        };
        return await support.PostAsync("/staff/imports", form);
    }
}
