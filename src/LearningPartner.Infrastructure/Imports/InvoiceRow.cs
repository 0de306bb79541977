using LearningPartner.Domain.Common;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>One accepted row of a Courseware Marketplace invoice export (R-KPI-1).</summary>
public sealed record InvoiceRow(int FileLine, string PartnerId, string InvoiceNumber, int LineNumber, DateOnly InvoiceDate,
    string OmlpType, int Units, Money Revenue);

/// <summary>A row refused with the reason shown to support staff, by its line in the file.</summary>
public sealed record RejectedRow(int FileLine, string Reason);

/// <summary>The parse of a whole file: a file-level refusal, or its accepted and rejected rows.</summary>
public sealed record InvoiceFileParse(string? FileError, IReadOnlyList<InvoiceRow> Accepted, IReadOnlyList<RejectedRow> Rejected)
{
    public static InvoiceFileParse Refused(string error) => new(error, [], []);
}
