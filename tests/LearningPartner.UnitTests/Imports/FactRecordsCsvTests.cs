using System.Text;
using LearningPartner.Domain.FactImports;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.UnitTests.Imports;

/// <summary>Reading MCT rosters and exam results (docs/trainer-and-exam-imports.md): values, row reasons, whole-file refusals.</summary>
public sealed class FactRecordsCsvTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void ARosterRowIsReadWithAnOptionalEmailAndColumnsInAnyCaseAndOrder()
    {
        var parse = Parse(FactImportKind.MctRoster, "validuntil,NAME,mctid,PartnerId,Email,Region\n2027-06-30,Mina Zhang,MCT-0001,4100003,,APAC\n");

        Assert.Null(parse.FileError);
        Assert.Equal(["Region"], parse.IgnoredColumns);
        var row = Assert.Single(parse.Accepted);
        Assert.Equal(2, row.FileLine);
        Assert.Equal(FactRowValues.Trainer("4100003", "Mina Zhang", null, "MCT-0001", new DateOnly(2027, 6, 30)), row.Values);
    }

    [Fact]
    public void AnExamRowHasItsCodeInCapitalsAndADateNotAfterToday()
    {
        var parse = Parse(FactImportKind.ExamResults, "PartnerId,PersonName,ExamCode,PassedOn\n4100003,Li Wei,az-104,2026-11-25\n4100003,Li Wei,AZ-104,2026-11-26\n");

        Assert.Equal(FactRowValues.Exam("4100003", "Li Wei", "AZ-104", Today), Assert.Single(parse.Accepted).Values);
        var rejected = Assert.Single(parse.Rejected);
        Assert.Equal((3, "Passed on 2026-11-26 is after today (2026-11-25): an exam cannot be passed in the future."), (rejected.FileLine, rejected.Reason));
        Assert.Equal(["4100003", "Li Wei", "AZ-104", "2026-11-26"], rejected.Cells);
    }

    [Theory]
    [InlineData("4100003,MCT 1,A B,,2027-06-30", "MCT id 'MCT 1' is not 3 to 32 letters, digits or dashes.")]
    [InlineData("4100003,MCT-1,A B,not-an-email,2027-06-30", "Email 'not-an-email' is not an email address.")]
    [InlineData("4100003,MCT-1,A B,,30.06.2027", "Valid until '30.06.2027' is not a date as YYYY-MM-DD.")]
    [InlineData("4100003,MCT-1,,,2027-06-30", "Empty field: Name.")]
    [InlineData("4100003,MCT-1,A B,,2027-06-30,extra", "The row has 6 fields; the header has 5.")]
    [InlineData("123456789012345678901,MCT-1,A B,,2027-06-30", "The partner id (20) or name (200 characters) is too long.")]
    [InlineData("4100003,MCT-1,@SUM(A1),,2027-06-30", "A field starts with a spreadsheet formula character (@); formulas are not accepted.")]
    [InlineData("4100003,MCT-1,A\u202EB,,2027-06-30", "Name contains an invisible control or text-direction character (U+202E); such text is not accepted.")]
    public void ABadRosterRowIsRejectedWithItsReason(string row, string reason)
    {
        var parse = Parse(FactImportKind.MctRoster, $"PartnerId,MctId,Name,Email,ValidUntil\n{row}\n");

        Assert.Empty(parse.Accepted);
        Assert.Equal(reason, Assert.Single(parse.Rejected).Reason);
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("PartnerId,MctId,Name,Email\n4100003,MCT-1,A B,\n", "Missing columns: ValidUntil. Expected: PartnerId, MctId, Name, Email, ValidUntil.")]
    [InlineData("PartnerId,MctId,Name,Email,ValidUntil\n", "The file has a header but no rows.")]
    [InlineData("PartnerId,MctId,Name,Email,ValidUntil,mctid\n4100003,MCT-1,A B,,2027-06-30,x\n",
        "The column 'MctId' appears more than once (columns 2 and 6): each column needs a name of its own.")]
    [InlineData("PartnerId,MctId,Name,Email,ValidUntil\n4100003,\"MCT-1,A B,,2027-06-30\n",
        "Unbalanced quote on line 2: the quoted field that opens there does not close where the field ends. Check the quotes on that line; nothing was imported.")]
    public void AMalformedRosterIsRefusedWhole(string content, string error)
    {
        var parse = Parse(FactImportKind.MctRoster, content);

        Assert.Equal(error, parse.FileError);
        Assert.Empty(parse.Accepted);
        Assert.Empty(parse.Rejected);
    }

    private static FactFileParse Parse(FactImportKind kind, string content) =>
        FactRecordsCsv.Parse(kind, Encoding.UTF8.GetBytes(content), Today);
}
