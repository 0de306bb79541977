using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Kpis;

/// <summary>
/// An invoice line a partner holds and submits with the invoice document (issue 7). It is not a KPI record:
/// it becomes one only when support staff verify it against the document (R-KPI-1, R-KPI-3).
/// </summary>
public sealed class HeldInvoice : IVersioned
{
    private HeldInvoice()
    {
        PartnerId = string.Empty;
        InvoiceNumber = string.Empty;
        OmlpType = string.Empty;
        Revenue = Money.Zero("USD");
        DocumentFileName = string.Empty;
        DocumentStorageKey = string.Empty;
        SubmittedBy = string.Empty;
    }

    public HeldInvoice(int partnerOrganisationId, string partnerId, string invoiceNumber, int lineNumber, DateOnly invoiceDate,
        string omlpType, int units, Money revenue, string documentFileName, string documentStorageKey, string submittedBy,
        DateTimeOffset submittedAt)
    {
        // The same checks as a recorded line, so a verified submission always makes a valid KPI record.
        var line = new InvoiceLine(partnerId, invoiceNumber, lineNumber, invoiceDate, omlpType, units, revenue, "held", submittedAt);
        PartnerOrganisationId = partnerOrganisationId;
        PartnerId = line.PartnerId;
        InvoiceNumber = line.InvoiceNumber;
        LineNumber = line.LineNumber;
        InvoiceDate = line.InvoiceDate;
        OmlpType = line.OmlpType;
        Units = line.Units;
        Revenue = line.Revenue;
        DocumentFileName = Guard.Text(documentFileName, 255, nameof(documentFileName));
        DocumentStorageKey = Guard.Text(documentStorageKey, 255, nameof(documentStorageKey));
        SubmittedBy = Guard.Text(submittedBy, 300, nameof(submittedBy));
        SubmittedAt = submittedAt;
        PendingKey = KeyOf(PartnerId, InvoiceNumber, LineNumber);
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    /// <summary>The program partner id the line is recorded under (R-KPI-4).</summary>
    public string PartnerId { get; private set; }

    public string InvoiceNumber { get; private set; }

    public int LineNumber { get; private set; }

    public DateOnly InvoiceDate { get; private set; }

    public string OmlpType { get; private set; }

    public int Units { get; private set; }

    public Money Revenue { get; private set; }

    public string DocumentFileName { get; private set; }

    /// <summary>Where the document is stored, outside the web root.</summary>
    public string DocumentStorageKey { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public HeldInvoiceStatus Status { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why support staff refused it, shown to the partner.</summary>
    public string? RefusalReason { get; private set; }

    /// <summary>
    /// The line's key while it awaits verification; null once reviewed. Unique in the database, so the same line
    /// cannot wait twice, however often the form is sent.
    /// </summary>
    public string? PendingKey { get; private set; }

    public Guid Version { get; set; }

    public static string KeyOf(string partnerId, string invoiceNumber, int lineNumber) =>
        $"{partnerId}|{invoiceNumber}|{lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The KPI record this submission becomes once verified; its source names the submission.</summary>
    public InvoiceLine ToInvoiceLine(DateTimeOffset recordedAt) =>
        new(PartnerId, InvoiceNumber, LineNumber, InvoiceDate, OmlpType, Units, Revenue, $"held:{Id}", recordedAt);

    public void Verify(string staffMember, DateTimeOffset at) => Review(HeldInvoiceStatus.Verified, staffMember, at, null);

    public void Refuse(string staffMember, DateTimeOffset at, string reason) =>
        Review(HeldInvoiceStatus.Refused, staffMember, at, Guard.Text(reason, 1000, nameof(reason)));

    private void Review(HeldInvoiceStatus outcome, string staffMember, DateTimeOffset at, string? reason)
    {
        if (Status != HeldInvoiceStatus.Submitted)
        {
            throw new InvalidOperationException("A held invoice is reviewed once.");
        }

        Status = outcome;
        ReviewedBy = Guard.Text(staffMember, 300, nameof(staffMember));
        ReviewedAt = at;
        RefusalReason = reason;
        PendingKey = null;
    }
}
