using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Kpis;

/// <summary>One previewed row of an import: the file's values (when readable), its outcome and the reason.</summary>
public sealed class InvoiceImportRow
{
    private InvoiceImportRow()
    {
    }

    public InvoiceImportRow(int importId, int fileLine, ImportRowOutcome outcome, string? reason, string? partnerId = null,
        string? invoiceNumber = null, int? lineNumber = null, DateOnly? invoiceDate = null, string? omlpType = null, int? units = null,
        decimal? revenueAmount = null, string? revenueCurrency = null, InvoiceRowCells? cells = null)
    {
        ImportId = importId;
        FileLine = fileLine;
        Outcome = outcome;
        Reason = reason;
        PartnerId = partnerId;
        InvoiceNumber = invoiceNumber;
        LineNumber = lineNumber;
        InvoiceDate = invoiceDate;
        OmlpType = omlpType;
        Units = units;
        RevenueAmount = revenueAmount;
        RevenueCurrency = revenueCurrency;
        Cells = cells;
    }

    public long Id { get; private set; }

    public int ImportId { get; private set; }

    public int FileLine { get; private set; }

    public ImportRowOutcome Outcome { get; private set; }

    /// <summary>Why a row is rejected, or — for a conflict — the recorded version beside the file's (R-KPI-4).</summary>
    public string? Reason { get; private set; }

    public string? PartnerId { get; private set; }

    public string? InvoiceNumber { get; private set; }

    public int? LineNumber { get; private set; }

    public DateOnly? InvoiceDate { get; private set; }

    public string? OmlpType { get; private set; }

    public int? Units { get; private set; }

    public decimal? RevenueAmount { get; private set; }

    public string? RevenueCurrency { get; private set; }

    /// <summary>Issue 20.5: a rejected or conflicting row's cells as the file wrote them, for the problems CSV; null for the others.</summary>
    public InvoiceRowCells? Cells { get; private set; }

    /// <summary>The KPI record a previewed new row becomes when its import is committed.</summary>
    public InvoiceLine ToInvoiceLine(string source, DateTimeOffset recordedAt)
    {
        if (Outcome != ImportRowOutcome.New)
        {
            throw new InvalidOperationException("Only a previewed new row is recorded.");
        }

        return new InvoiceLine(PartnerId!, InvoiceNumber!, LineNumber!.Value, InvoiceDate!.Value, OmlpType!, Units!.Value,
            new Money(RevenueAmount!.Value, RevenueCurrency!), source, recordedAt);
    }
}
