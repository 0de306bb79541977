using System.Text;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.UnitTests.Exports;

/// <summary>
/// OWASP CSV injection (ASVS 5.0 1.2.10): every text cell the portal writes that starts with =, +, -, @, tab or carriage
/// return, or their full-width forms, is kept as text with a leading apostrophe; other cells are written as they are.
/// </summary>
public sealed class CsvFileTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+41 44", "'+41 44")]
    [InlineData("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0")] // a minus before a digit too
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("＋1", "'＋1")]
    [InlineData("－1", "'－1")]
    [InlineData("＠x", "'＠x")]
    [InlineData("INV-1", "INV-1")]
    [InlineData("Contoso = best", "Contoso = best")]
    [InlineData("", "")]
    public void ATextCellIsEscapedWhenItStartsLikeAFormula(string value, string written) =>
        Assert.Equal(written, SingleCell(csv => csv.Text(value)));

    [Theory]
    [InlineData(-20.5, "-20.5")] // the portal's own numbers are numbers, never a user's formula
    [InlineData(1650.00, "1650")]
    [InlineData(0.125, "0.125")]
    public void ANumberIsWrittenInvariantAndUnescaped(double value, string written) =>
        Assert.Equal(written, SingleCell(csv => csv.Number((decimal)value)));

    [Fact]
    public void AnInstantIsWrittenInUtcAsIso8601() =>
        Assert.Equal("2026-11-25T02:30:05Z", SingleCell(csv => csv.Instant(new DateTimeOffset(2026, 11, 25, 10, 30, 5, TimeSpan.FromHours(8)))));

    [Fact]
    public void TheFileIsUtf8WithAByteOrderMarkAndQuotesWhatCsvNeeds()
    {
        var bytes = CsvFile.Write(csv => csv.Headings("Name", "Note").Text("Contoso, Ltd").Text("say \"hi\"").EndRow());

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Name,Note\r\n\"Contoso, Ltd\",\"say \"\"hi\"\"\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    private static string SingleCell(Func<CsvFile, CsvFile> cell) =>
        Encoding.UTF8.GetString(CsvFile.Write(csv => cell(csv).EndRow())[3..])[..^2];
}
