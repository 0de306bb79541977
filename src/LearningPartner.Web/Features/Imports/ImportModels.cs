using LearningPartner.Domain.Kpis;

namespace LearningPartner.Web.Features.Imports;

public sealed record ImportSummary(int Id, string FileName, DateTimeOffset UploadedAt, string UploadedBy, DateTimeOffset? CommittedAt, int RecordedLines);

public sealed record ImportRowModel(int FileLine, ImportRowOutcome Outcome, string? PartnerId, string? InvoiceNumber, int? LineNumber,
    DateOnly? InvoiceDate, string? OmlpType, int? Units, decimal? RevenueAmount, string? RevenueCurrency, string? Reason, bool PartnerKnown);

public sealed record ImportPreviewViewModel(ImportSummary Import, Guid Version, IReadOnlyDictionary<ImportRowOutcome, int> Counts,
    int UnknownPartnerRows, IReadOnlyList<ImportRowModel> Rows)
{
    public int Count(ImportRowOutcome outcome) => Counts.TryGetValue(outcome, out var n) ? n : 0;
}
