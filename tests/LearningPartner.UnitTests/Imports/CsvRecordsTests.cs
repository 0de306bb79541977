using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.UnitTests.Imports;

/// <summary>Issue 20.5: the CSV reader's records, lines and quotes, written out by hand.</summary>
public sealed class CsvRecordsTests
{
    [Fact]
    public void RecordsKeepTheLineTheyStartOnAcrossBlankLinesAndQuotedLineBreaks()
    {
        var records = CsvRecords.Read("a,b\r\n\r\n\"x\ny\",z\nlast,\"\"\"q\"\"\"\n").ToList();

        Assert.Equal([1, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["x\ny", "z"], records[1].Fields);
        Assert.Equal(3, records[1].QuoteAcrossLinesFrom);
        Assert.Equal(["last", "\"q\""], records[2].Fields);
        Assert.Null(records[2].QuoteAcrossLinesFrom);
    }

    [Theory]
    [InlineData("a,b,", new[] { "a", "b", "" })]
    [InlineData(",", new[] { "", "" })]
    [InlineData("a, \"b, c\" ,d", new[] { "a", "b, c", "d" })] // spaces around a quoted field
    [InlineData("13\" screen,x", new[] { "13\" screen", "x" })] // a quote inside an unquoted field is text
    [InlineData("\"\",x", new[] { "", "x" })]
    public void FieldsAreSplitAsRfc4180Says(string line, string[] fields) => Assert.Equal(fields, CsvRecords.Read(line).Single().Fields);

    [Theory]
    [InlineData("h\n\"never closed,x\nnext,row\n", 2)]
    [InlineData("h\n\"closed\"then text,x\n", 2)]
    [InlineData("h\nok,row\nok,\"opens on three\nfour\"x,y\n", 3)]
    [InlineData("\"header", 1)]
    [InlineData("h\n\"ends with an escaped quote\"\"", 2)]
    public void AQuoteThatDoesNotCloseWhereItsFieldEndsNamesTheLineItOpensOn(string text, int line) =>
        Assert.Equal(line, Assert.Throws<UnbalancedQuoteException>(() => CsvRecords.Read(text).ToList()).Line);

    [Fact]
    public void CarriageReturnsAloneAlsoEndLines() => Assert.Equal([1, 2, 3], CsvRecords.Read("a\rb\rc").Select(r => r.Line));
}
