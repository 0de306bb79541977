using System.Text;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.UnitTests.Rules;

/// <summary>The invoice export parser (issue 7): R-KPI-3, R-PRG-1 and clear refusals for bad files and rows.</summary>
public sealed class MarketplaceInvoiceCsvTests
{
    private const string Header = "PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency";

    /// <summary>Today in the program's time zone, as the functional tests' clock has it.</summary>
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void TheSampleFileAcceptsInvoicesAndRefusesOtherDocuments()
    {
        var sample = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot(), "docs", "samples", "marketplace-invoices.csv"));

        var parse = MarketplaceInvoiceCsv.Parse(sample, TestRuleSets.Shipped, Today);

        Assert.Null(parse.FileError);
        Assert.Equal(4, parse.Accepted.Count);
        Assert.Equal([5, 6], parse.Rejected.Select(r => r.FileLine));
        Assert.Contains("OrderConfirmation is not an invoice", parse.Rejected[0].Reason);
        Assert.Contains("PartnerStatement is not an invoice", parse.Rejected[1].Reason);
        var first = parse.Accepted[0];
        Assert.Equal(("4100001", "CM2610-9001", 1, new DateOnly(2026, 10, 5), 12), (first.PartnerId, first.InvoiceNumber, first.LineNumber, first.InvoiceDate, first.Units));
        Assert.Equal(1140.00m, first.Revenue.Amount);
    }

    [Theory]
    [InlineData("4100001,Invoice,A,1,2023-03-01,MOC,1,1.00,USD", "No program-year rule set covers 2023-03-01 (program year FY2023)")]
    [InlineData("4100001,Invoice,A,1,2026-13-01,MOC,1,1.00,USD", "Invoice date '2026-13-01' is not a date")]
    [InlineData("4100001,Invoice,A,1,2026-10-01,MOC,-3,1.00,USD", "Units '-3' must be a whole number of 0 or more")]
    [InlineData("4100001,Invoice,A,1,2026-10-01,MOC,2,1,5,USD", "The row has 10 fields; the header has 9.")] // refused, not guessed
    [InlineData("4100001,Invoice,A,1,2026-10-01,BOOK,2,1.00,USD", "Unknown OMLP type 'BOOK' in FY2027")]
    [InlineData("4100001,Invoice,A,0,2026-10-01,MOC,2,1.00,USD", "Line number '0' is not a whole number from 1")]
    [InlineData("4100001,Invoice,A,1,2026-10-01,MOC,2,\"1,00\",USD", "Revenue '1,00' must be an amount")]
    [InlineData("4100001,Invoice,A,1,2026-10-01,MOC,2,1.00,usd", "Currency 'usd' is not a three-letter ISO code")]
    [InlineData("4100001,Invoice,A,1,2026-10-01,MOC,2,1.00,ZZZ", "Currency 'ZZZ' is not an ISO 4217 currency code.")] // issue 20.6
    [InlineData("4100001,Invoice,=HYPERLINK(\"x\"),1,2026-10-01,MOC,2,1.00,USD", "spreadsheet formula")]
    [InlineData("4100001,Quote,A,1,2026-10-01,MOC,2,1.00,USD", "Unknown document type 'Quote'")]
    [InlineData("4100001,Invoice,,1,2026-10-01,MOC,2,1.00,USD", "Empty field: InvoiceNumber")]
    public void ABadRowIsRefusedWithItsLineAndReason(string row, string reason)
    {
        var parse = MarketplaceInvoiceCsv.Parse(Encoding.UTF8.GetBytes($"{Header}\n{row}\n"), TestRuleSets.Shipped, Today);

        if (parse.FileError is null)
        {
            var rejected = Assert.Single(parse.Rejected);
            Assert.Equal(2, rejected.FileLine);
            Assert.Contains(reason, rejected.Reason);
            Assert.Empty(parse.Accepted);
        }
        else
        {
            Assert.Contains(reason, parse.FileError);
        }
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("PartnerId,DocumentType,InvoiceNumber\n1,Invoice,A\n", "Missing columns: LineNumber, InvoiceDate, OmlpType, Units, Revenue, Currency")]
    [InlineData(Header + "\n", "The file has a header but no rows.")]
    public void ABadFileIsRefusedWithOneMessage(string content, string message) =>
        Assert.Contains(message, MarketplaceInvoiceCsv.Parse(Encoding.UTF8.GetBytes(content), TestRuleSets.Shipped, Today).FileError);

    [Fact]
    public void ColumnNamesAreReadInAnyCaseAndOtherColumnsAreIgnoredAndListed()
    {
        // Issue 20.5: a lower-case header rejected every row before ("Empty field: PartnerId, …").
        var parse = MarketplaceInvoiceCsv.Parse(Encoding.UTF8.GetBytes(
            "partnerid,DOCUMENTTYPE,InvoiceNumber,linenumber,invoicedate,omlptype,units,revenue,currency,Course Title,Delivery format\n"
            + "4100001,Invoice,CM-1,1,2026-10-05,MOC,12,1140.00,USD,AZ-104,Virtual\n"), TestRuleSets.Shipped, Today);

        Assert.Null(parse.FileError);
        Assert.Equal(("CM-1", 12, 1140.00m), (parse.Accepted.Single().InvoiceNumber, parse.Accepted.Single().Units, parse.Accepted.Single().Revenue.Amount));
        Assert.Equal(["Course Title", "Delivery format"], parse.IgnoredColumns);
    }

    [Theory]
    [InlineData("2026-11-25", null)] // today
    [InlineData("2026-11-26", "Invoice date 2026-11-26 is after today (2026-11-25): an invoice cannot be dated in the future.")]
    public void AnInvoiceDatedAfterTodayIsRejected(string date, string? reason)
    {
        var parse = MarketplaceInvoiceCsv.Parse(Encoding.UTF8.GetBytes($"{Header}\n4100001,Invoice,A,1,{date},MOC,1,1.00,USD\n"), TestRuleSets.Shipped, Today);

        Assert.Equal(reason, parse.Rejected.SingleOrDefault()?.Reason);
    }

    [Fact]
    public void ARejectedRowKeepsItsCellsAsWrittenWithHiddenCharactersShownAsCodePoints()
    {
        var parse = MarketplaceInvoiceCsv.Parse(Encoding.UTF8.GetBytes($"{Header}\n4100001,Invoice,A\u202E,1,2026-02-30,MOC,abc,95.00,usd\n"),
            TestRuleSets.Shipped, Today);

        Assert.Equal(new Domain.Kpis.InvoiceRowCells("4100001", "Invoice", "A[U+202E]", "1", "2026-02-30", "MOC", "abc", "95.00", "usd"),
            parse.Rejected.Single().Cells);
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRefused()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\n4100006,Invoice,Educação,1,2026-10-01,MOC,1,1.00,BRL\n");

        Assert.Equal("The file is not UTF-8 text. Export it as CSV UTF-8.", MarketplaceInvoiceCsv.Parse(latin1, TestRuleSets.Shipped, Today).FileError);
    }

    [Fact]
    public void AnOversizedFileIsRefusedBeforeItIsRead() =>
        Assert.Contains("larger than 10 MB", MarketplaceInvoiceCsv.Parse(new byte[MarketplaceInvoiceCsv.MaxBytes + 1], TestRuleSets.Shipped, Today).FileError);

    [Fact]
    public void HundredsOfMalformedFilesAreEachRefusedWithAMessageAndNeverThrow()
    {
        // Fuzz-style: mutate a valid file at random (bytes, quotes, separators, truncation) and parse each.
        var valid = Encoding.UTF8.GetBytes($"{Header}\n4100001,Invoice,CM-1,1,2026-10-05,MOC,12,1140.00,USD\n4100002,Invoice,CM-2,1,2026-10-06,DMOC,3,20.50,EUR\n");
        var random = new Random(2026);
        byte[] specials = "\",\n\r=+-@;\t\0é"u8.ToArray();
        for (var i = 0; i < 500; i++)
        {
            var bytes = valid.ToList();
            for (var m = random.Next(1, 6); m > 0; m--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = specials[random.Next(specials.Length)]; break;
                    case 1: bytes.Insert(at, specials[random.Next(specials.Length)]); break;
                    case 2: bytes.RemoveAt(at); break;
                    default: bytes[at] = (byte)random.Next(256); break;
                }
            }

            var parse = MarketplaceInvoiceCsv.Parse(bytes.ToArray(), TestRuleSets.Shipped, Today);

            // Either the whole file is refused with a message, or every row is accepted or refused with a reason.
            Assert.True(parse.FileError is { Length: > 0 } || parse.Accepted.Count + parse.Rejected.Count > 0, $"mutation {i}");
            Assert.All(parse.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        }
    }
}
