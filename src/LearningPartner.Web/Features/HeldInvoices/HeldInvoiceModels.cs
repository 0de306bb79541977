using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>A submitted held invoice as listed to its partner and to support staff.</summary>
public sealed record HeldInvoiceRow(int Id, string PartnerId, string PartnerName, string InvoiceNumber, int LineNumber, DateOnly InvoiceDate,
    string OmlpType, int Units, Money Revenue, DateTimeOffset SubmittedAt, string SubmittedBy, HeldInvoiceStatus Status,
    DateTimeOffset? ReviewedAt, string? RefusalReason, Guid Version);

public sealed record HeldInvoicesViewModel(string PartnerId, string PartnerName, IReadOnlyList<HeldInvoiceRow> Invoices,
    IReadOnlyList<OmlpChoice> OmlpTypes, HeldInvoiceInput NewInvoice);

/// <summary>One awaiting submission for support staff: its KPI value if verified, and a recorded line it would conflict with.</summary>
public sealed record HeldInvoiceReviewItem(HeldInvoiceRow Invoice, decimal? KpiValue, string? RecordedVersion);

public sealed record HeldInvoiceReviewViewModel(IReadOnlyList<HeldInvoiceReviewItem> Awaiting, IReadOnlyList<HeldInvoiceRow> RecentlyReviewed);
