using LearningPartner.Application.HeldInvoices;

namespace LearningPartner.Application.HeldInvoiceReview;

/// <summary>Support's queue of held invoices: awaiting verification, oldest first, and the latest reviewed.</summary>
public sealed record HeldInvoiceQueue(IReadOnlyList<HeldInvoiceReviewItem> Awaiting, IReadOnlyList<HeldInvoiceRow> RecentlyReviewed);

/// <summary>One awaiting submission: its KPI value if verified, and a recorded line it would conflict with (R-KPI-4).</summary>
public sealed record HeldInvoiceReviewItem(HeldInvoiceRow Invoice, decimal? KpiValue, string? RecordedVersion);
