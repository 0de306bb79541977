using System.Text;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.FunctionalTests.Imports;

/// <summary>
/// The malformed-export battery (issue 20.5, 20.6): files as real exports and broken tools write them, each with what the
/// portal must answer — written out by hand. A file refused as a whole has its one message; a previewed file has its
/// count of new lines and every problem row with its line, outcome and reason. Each case uses invoice numbers of its own.
/// </summary>
public static class ExportBattery
{
    public const string Header = ImportFlow.Header;

    private const string Columns = "PartnerId, DocumentType, InvoiceNumber, LineNumber, InvoiceDate, OmlpType, Units, Revenue, Currency";

    public static readonly IReadOnlyDictionary<string, ExportCase> Cases = new[]
    {
        // Encodings and byte-order marks.
        Refused("empty file", [], "The file is empty."),
        Refused("a byte-order mark and nothing else", [0xEF, 0xBB, 0xBF], "The file has no header row."),
        Refused("Latin-1 with accented letters", Encoding.Latin1.GetBytes($"{Header},Note\n{Row("B03-1", partner: "4100006")},Educação\n"),
            "The file is not UTF-8 text. Export it as CSV UTF-8."),
        Refused("Windows-1252 euro sign", [.. Utf8($"{Header},Note\n{Row("B04-1")},"), 0x80, (byte)'\n'],
            "The file is not UTF-8 text. Export it as CSV UTF-8."),
        Refused("UTF-16 without its byte-order mark", Encoding.Unicode.GetBytes($"{Header}\n{Row("B05-1")}\n"),
            "The file looks like UTF-16 text without a byte-order mark (every other byte is zero). Export it as CSV UTF-8."),
        Refused("UTF-16 mark before bytes that are not UTF-16", [0xFF, 0xFE, 0x00, 0xD8, 0x41], // a lone high surrogate, then an odd byte
            "The file starts like UTF-16 text but is not. Export it as CSV UTF-8."),
        Previewed("UTF-8 with a byte-order mark", [.. Encoding.UTF8.GetPreamble(), .. Utf8($"{Header}\n{Row("B07-1")}\n")], 1),
        Previewed("two byte-order marks", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. Utf8($"{Header}\n{Row("B07b-1")}\n")], 1),
        Previewed("UTF-8 without a byte-order mark, accented letters", Utf8($"{Header}\n{Row("B08-Educação")}\n"), 1),
        Previewed("UTF-16 little-endian with its mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"{Header}\r\n{Row("B09-1")}\r\n{Row("B09-2")}\r\n")], 2),
        Previewed("UTF-16 big-endian with its mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes($"{Header}\n{Row("B10-北京")}\n")], 1),
        Previewed("Windows line ends", Utf8($"{Header}\r\n{Row("B11-1")}\r\n{Row("B11-2")}\r\n"), 2),

        // Columns: missing, extra, duplicated, in any case and order.
        Refused("one column missing", Utf8("PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue\n4100001,Invoice,B12-1,1,2026-10-05,MOC,1,95.00\n"),
            $"Missing columns: Currency. Expected: {Columns}."),
        Refused("several columns missing, extra ones present", Utf8("PartnerId,InvoiceNumber,CourseTitle\n4100001,B13-1,AZ-104\n"),
            $"Missing columns: DocumentType, LineNumber, InvoiceDate, OmlpType, Units, Revenue, Currency. Expected: {Columns}."),
        Refused("header and no rows", Utf8($"{Header}\n"), "The file has a header but no rows."),
        Refused("header and only empty rows", Utf8($"{Header}\n,,,,,,,,\n\n,,,,,,,,\n"), "The file has a header but no rows."),
        Refused("a column named twice", Utf8($"{Header},Units\n{Row("B16-1")},1\n"),
            "The column 'Units' appears more than once (columns 7 and 10): each column needs a name of its own."),
        Refused("a column named twice in another case", Utf8("PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency,invoicedate\n"
            + $"{Row("B17-1")},2026-10-05\n"), "The column 'InvoiceDate' appears more than once (columns 5 and 10): each column needs a name of its own."),
        Refused("an ignored column named twice", Utf8($"{Header},Notes,Notes\n{Row("B18-1")},a,b\n"),
            "The column 'Notes' appears more than once (columns 10 and 11): each column needs a name of its own."),
        Previewed("lower-case column names", Utf8($"{Header.ToLowerInvariant()}\n{Row("B19-1")}\n{Row("B19-2")}\n"), 2),
        Previewed("upper-case column names", Utf8($"{Header.ToUpperInvariant()}\n{Row("B20-1")}\n"), 1),
        Previewed("columns in another order", Utf8("Currency,Revenue,Units,OmlpType,InvoiceDate,LineNumber,InvoiceNumber,DocumentType,PartnerId\n"
            + "USD,95.00,1,MOC,2026-10-05,1,B21-1,Invoice,4100001\n"), 1),
        Previewed("a marketplace export's extra columns", Utf8($"{Header},CourseTitle,DeliveryFormat,TrainingStartDate,TrainingEndDate\n"
            + $"{Row("B22-1")},\"Azure Administrator, AZ-104\",Virtual,2026-10-12,2026-10-15\n"), 1,
            shows: "Ignored columns: CourseTitle, DeliveryFormat, TrainingStartDate, TrainingEndDate. The portal does not use them."),
        Previewed("an unnamed extra column", Utf8($"{Header},\n{Row("B23-1")},\n"), 1,
            shows: "Ignored columns: (column 10, no name). The portal does not use them."),
        Refused("a hidden direction override in a column name", Utf8($"{Header},Course\u202ETitle\n{Row("B24-1")},x\n"),
            "The name of column 10 contains an invisible control or text-direction character (U+202E)."),

        // Quotes.
        Refused("a quote that never closes swallows the rows after it", Utf8($"{Header}\n{Row("B25-1")}\n4100001,Invoice,\"B25-2,1,2026-10-05,MOC,1,95.00,USD\n{Row("B25-3")}\n"),
            UnbalancedQuote(3)),
        Refused("a quote closed by the next row's quote", Utf8($"{Header}\n4100001,Invoice,\"B26-1,1,2026-10-05,MOC,1,95.00,USD\n4100001,Invoice,\"B26-2\",1,2026-10-05,MOC,1,95.00,USD\n"),
            UnbalancedQuote(2)),
        Refused("text after a closing quote", Utf8($"{Header}\n4100001,Invoice,\"B27\"-1,1,2026-10-05,MOC,1,95.00,USD\n"), UnbalancedQuote(2)),
        Refused("a stray quote that closes at the end of a later line", Utf8($"{Header}\n4100001,Invoice,\"B28-1,1,2026-10-05,MOC,1,95.00,USD\n4100001,Invoice,B28-2,1,2026-10-05,MOC,1,95.00,USD\"\n"),
            UnbalancedQuote(2)),
        Refused("an unbalanced quote in the header", Utf8($"PartnerId,\"DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency\n{Row("B29-1")}\n"),
            UnbalancedQuote(1)),
        Previewed("embedded quotes and commas in quoted fields", Utf8($"{Header},CourseTitle\n{Row("B30-1")},\"Azure \"\"Fundamentals\"\", AZ-900\"\n"
            + "\"4100001\",\"Invoice\",\"B30-2\",\"1\",\"2026-10-05\",\"MOC\",\"1\",\"95.00\",\"USD\",\"\"\n"), 2),
        Previewed("a line break inside an ignored column, then a bad row", Utf8($"{Header},CourseTitle\n{Row("B31-1")},\"Day 1: Azure\nDay 2: Security\"\n"
            + $"{Row("B31-2", units: "-1")},x\n"), 1, (4, ImportRowOutcome.Rejected, "Units '-1' must be a whole number of 0 or more.")),
        Previewed("a quote inside an unquoted field", Utf8($"{Header},Device\n{Row("B32-1")},Surface 13\" screen\n"), 1),
        Previewed("a line break inside a quoted invoice number", Utf8($"{Header}\n4100001,Invoice,\"B33\n1\",1,2026-10-05,MOC,1,95.00,USD\n{Row("B33-2")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "InvoiceNumber contains an invisible control or text-direction character (U+000A); such text is not accepted.")),

        // Sizes and shapes of rows.
        Previewed("a 1 MB field in an ignored column", Utf8($"{Header},Notes\n{Row("B34-1")},{new string('n', 1024 * 1024)}\n"), 1),
        Previewed("a 1 MB invoice number", Utf8($"{Header}\n{Row("B35-" + new string('9', 1024 * 1024))}\n{Row("B35-2")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "The partner id (20) or invoice number (40 characters) is too long.")),
        Previewed("a row with a field too many", Utf8($"{Header}\n{Row("B36-1")},extra\n{Row("B36-2")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "The row has 10 fields; the header has 9.")),
        Previewed("a row with a field too few", Utf8($"{Header}\n{Row("B37-1")}\n4100001,Invoice,B37-2,1,2026-10-05,MOC,1,95.00\n"), 1,
            (3, ImportRowOutcome.Rejected, "The row has 8 fields; the header has 9.")),
        Previewed("empty rows and blank lines between rows keep the line numbers", Utf8($"{Header}\n{Row("B38-1")}\n\n,,,,,,,,\n{Row("B38-2", date: "2026-13-01")}\n"), 1,
            (5, ImportRowOutcome.Rejected, "Invoice date '2026-13-01' is not a date as YYYY-MM-DD.")),
        Previewed("spaces around values", Utf8($"{Header}\n 4100001 , Invoice , B39-1 , 1 , 2026-10-05 , MOC , 1 , 95.00 , USD \n"), 1),

        // Values.
        Previewed("negative units", Utf8($"{Header}\n{Row("B40-1", units: "-2")}\n{Row("B40-2")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "Units '-2' must be a whole number of 0 or more.")),
        Previewed("units that are not a number", Utf8($"{Header}\n{Row("B41-1", units: "abc")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "Units 'abc' must be a whole number of 0 or more.")),
        Previewed("an impossible date", Utf8($"{Header}\n{Row("B42-1", date: "2026-02-30")}\n{Row("B42-2")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "Invoice date '2026-02-30' is not a date as YYYY-MM-DD.")),
        Previewed("a date tomorrow", Utf8($"{Header}\n{Row("B43-1", date: "2026-11-26")}\n{Row("B43-2", date: "2026-11-25")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "Invoice date 2026-11-26 is after today (2026-11-25): an invoice cannot be dated in the future.")),
        Previewed("a date next year", Utf8($"{Header}\n{Row("B44-1", date: "2027-03-01")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "Invoice date 2027-03-01 is after today (2026-11-25): an invoice cannot be dated in the future.")),
        Previewed("conflicting duplicates in one file", Utf8($"{Header}\n{Row("B45-1", units: "2")}\n{Row("B45-1", units: "3")}\n"), 1,
            (3, ImportRowOutcome.Conflict, "Line 2 of this file has other values for this invoice line.")),
        Previewed("identical duplicates in one file", Utf8($"{Header}\n{Row("B46-1")}\n{Row("B46-1")}\n"), 1),
        Previewed("a control character in an invoice number", Utf8($"{Header}\n{Row("B47-1\u0007")}\n{Row("B47-2")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "InvoiceNumber contains an invisible control or text-direction character (U+0007); such text is not accepted.")),
        Previewed("a NUL character in a partner id", Utf8($"{Header}\n{Row("B48-1", partner: "41000\u000001")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "PartnerId contains an invisible control or text-direction character (U+0000); such text is not accepted.")),
        Previewed("an escape sequence in an OMLP type", Utf8($"{Header}\n{Row("B49-1", type: "\u001B[31mMOC")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "OmlpType contains an invisible control or text-direction character (U+001B); such text is not accepted.")),
        Previewed("a right-to-left override in an invoice number", Utf8($"{Header}\n{Row("B50-\u202E1-05B")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "InvoiceNumber contains an invisible control or text-direction character (U+202E); such text is not accepted.")),
        Previewed("a direction isolate in a partner id", Utf8($"{Header}\n{Row("B51-1", partner: "\u20664100001\u2069")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "PartnerId contains an invisible control or text-direction character (U+2066); such text is not accepted.")),
        Previewed("a left-to-right mark in a currency", Utf8($"{Header}\n{Row("B52-1", currency: "USD\u200E")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "Currency contains an invisible control or text-direction character (U+200E); such text is not accepted.")),
        Previewed("a hidden character in an ignored column is not read", Utf8($"{Header},Notes\n{Row("B53-1")},x\u202Ey\n"), 1),
        Previewed("currency ZZZ", Utf8($"{Header}\n{Row("B54-1", currency: "ZZZ")}\n{Row("B54-2", currency: "JPY")}\n"), 1,
            (2, ImportRowOutcome.Rejected, "Currency 'ZZZ' is not an ISO 4217 currency code.")),
        Previewed("currency in lower case", Utf8($"{Header}\n{Row("B55-1", currency: "usd")}\n"), 0,
            (2, ImportRowOutcome.Rejected, "Currency 'usd' is not a three-letter ISO code.")),
        Previewed("currencies in use", Utf8($"{Header}\n{Row("B56-1", currency: "EUR")}\n{Row("B56-2", currency: "CNY")}\n{Row("B56-3", currency: "JPY")}\n"), 3),
    }.ToDictionary(c => c.Name);

    /// <summary>One export line; each argument as the file writes it.</summary>
    public static string Row(string invoice, string partner = "4100001", string date = "2026-10-05", string type = "MOC", string units = "1",
        string revenue = "95.00", string currency = "USD") =>
        $"{partner},Invoice,{invoice},1,{date},{type},{units},{revenue},{currency}";

    public static string UnbalancedQuote(int line) =>
        $"Unbalanced quote on line {line}: the quoted field that opens there does not close where the field ends. "
        + "Check the quotes on that line; nothing was imported.";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static ExportCase Refused(string name, byte[] content, string message) => new(name, content, message, 0, [], null);

    private static ExportCase Previewed(string name, byte[] content, int newLines, params (int Line, ImportRowOutcome Outcome, string Reason)[] problems) =>
        new(name, content, null, newLines, problems, null);

    private static ExportCase Previewed(string name, byte[] content, int newLines, string shows) => new(name, content, null, newLines, [], shows);
}

/// <summary>A file and what the portal answers to it: the refusal's message, or the preview's new lines, problem rows and a text it shows.</summary>
public sealed record ExportCase(string Name, byte[] Content, string? Refusal, int NewLines,
    IReadOnlyList<(int Line, ImportRowOutcome Outcome, string Reason)> Problems, string? Shows);
