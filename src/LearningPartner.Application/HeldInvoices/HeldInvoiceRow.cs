using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Persistence;

namespace LearningPartner.Application.HeldInvoices;

/// <summary>A submitted held invoice as listed to its partner and to support staff.</summary>
public sealed record HeldInvoiceRow(int Id, string PartnerId, string PartnerName, string InvoiceNumber, int LineNumber, DateOnly InvoiceDate,
    string OmlpType, int Units, Money Revenue, DateTimeOffset SubmittedAt, string SubmittedBy, HeldInvoiceStatus Status,
    DateTimeOffset? ReviewedAt, string? RefusalReason, Guid Version)
{
    /// <summary>Projects already filtered, ordered and limited submissions (a record cannot be ordered by in SQL).</summary>
    internal static IQueryable<HeldInvoiceRow> Of(PortalDbContext db, IQueryable<HeldInvoice> ordered) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(ordered).Select(h => new HeldInvoiceRow(h.Id, h.PartnerId,
            db.PartnerOrganisations.Where(o => o.Id == h.PartnerOrganisationId).Select(o => o.Name).First(), h.InvoiceNumber, h.LineNumber,
            h.InvoiceDate, h.OmlpType, h.Units, h.Revenue, h.SubmittedAt, h.SubmittedBy, h.Status, h.ReviewedAt, h.RefusalReason, h.Version));
}
