using System.Globalization;
using System.Net.Mail;
using LearningPartner.Domain.FactImports;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// Reads the records staff hold to verify trainer and exam facts (R-MCT-1, docs/trainer-and-exam-imports.md): an MCT roster
/// (who is an MCT for which partner, until when) and an exam results export (who at which partner passed which exam, when).
/// A bad file gets one clear message and nothing is stored; each bad row gets its line and reason.
/// </summary>
public static class FactRecordsCsv
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly string[] RosterColumns = ["PartnerId", "MctId", "Name", "Email", "ValidUntil"];

    public static readonly string[] ExamColumns = ["PartnerId", "PersonName", "ExamCode", "PassedOn"];

    private static readonly IReadOnlySet<string> RosterOptional = new HashSet<string>(StringComparer.Ordinal) { "Email" };

    public static IReadOnlyList<string> ColumnsOf(FactImportKind kind) => kind == FactImportKind.MctRoster ? RosterColumns : ExamColumns;

    /// <param name="today">Today in the program's time zone (R-DATE-1): an exam cannot be passed after it.</param>
    public static FactFileParse Parse(FactImportKind kind, byte[] content, DateOnly today) => kind == FactImportKind.MctRoster
        ? FactFileParse.Of(ExportRows.Read(content, MaxBytes, RosterColumns, RosterOptional), RosterEntry)
        : FactFileParse.Of(ExportRows.Read(content, MaxBytes, ExamColumns, new HashSet<string>()), row => ExamResult(row, today));

    private static (FactRowValues? Values, string? Reason) RosterEntry(ExportRow row)
    {
        var v = row.Values!;
        if (PartnerIdOrName(v["PartnerId"], v["Name"]) is { } tooLong)
        {
            return (null, tooLong);
        }

        if (!FactFormat.IsMctId(v["MctId"]))
        {
            return (null, $"MCT id '{ExportRows.Shown(v["MctId"])}' is not 3 to 32 letters, digits or dashes.");
        }

        var email = v["Email"];
        if (email.Length > 0 && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
        {
            return (null, $"Email '{ExportRows.Shown(email)}' is not an email address.");
        }

        var (validUntil, dateError) = Date(v["ValidUntil"], "Valid until");
        return dateError is not null
            ? (null, dateError)
            : (FactRowValues.Trainer(v["PartnerId"], v["Name"], email.Length > 0 ? email : null, v["MctId"], validUntil), null);
    }

    private static (FactRowValues? Values, string? Reason) ExamResult(ExportRow row, DateOnly today)
    {
        var v = row.Values!;
        if (PartnerIdOrName(v["PartnerId"], v["PersonName"]) is { } tooLong)
        {
            return (null, tooLong);
        }

        if (!FactFormat.IsExamCode(v["ExamCode"]))
        {
            return (null, $"Exam code '{ExportRows.Shown(v["ExamCode"])}' does not look like AZ-104 or PL-200.");
        }

        var (passedOn, dateError) = Date(v["PassedOn"], "Passed on");
        if (dateError is not null)
        {
            return (null, dateError);
        }

        return passedOn > today
            ? (null, $"Passed on {passedOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): an exam cannot be passed in the future.")
            : (FactRowValues.Exam(v["PartnerId"], v["PersonName"], v["ExamCode"].ToUpperInvariant(), passedOn), null);
    }

    private static string? PartnerIdOrName(string partnerId, string name) =>
        partnerId.Length > 20 || name.Length > 200 ? "The partner id (20) or name (200 characters) is too long." : null;

    private static (DateOnly Date, string? Error) Date(string value, string column) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 2000
            ? (date, null)
            : (default, $"{column} '{ExportRows.Shown(value)}' is not a date as YYYY-MM-DD.");
}
