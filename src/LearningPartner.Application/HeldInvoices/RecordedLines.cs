using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.HeldInvoices;

/// <summary>R-KPI-4: the current KPI record of an invoice line, by its key (partner id, invoice number, line number).</summary>
internal static class RecordedLines
{
    public static Task<InvoiceLine?> FindAsync(PortalDbContext db, string partnerId, string invoiceNumber, int lineNumber,
        CancellationToken cancellationToken) =>
        db.InvoiceLines.AsNoTracking()
            .FirstOrDefaultAsync(l => l.PartnerId == partnerId && l.InvoiceNumber == invoiceNumber && l.LineNumber == lineNumber, cancellationToken);
}
