using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// KPI discrepancy cases of the demo world (issue 9), one per state support works with: Contoso's new case about an invoice
/// missing from its dashboard (case 1, with the invoice as evidence) and its case about a recorded line's units, waiting for
/// its answer (case 2); Fabrikam's case in review (case 3).
/// </summary>
internal static class DemoDiscrepancyCases
{
    public static async Task AddAsync(PortalDbContext db, DocumentStore documents, PartnerOrganisation contoso, PartnerOrganisation fabrikam,
        DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var admin = Describe(DemoPersonas.ContosoAdmin);
        var support = Describe(DemoPersonas.Support);
        var lastMonth = ProgramDates.MonthStart(today).AddMonths(-1);

        var invoiceDate = lastMonth.AddDays(19);
        string[] text =
        [
            "Courseware Marketplace - INVOICE (demo document)",
            $"Invoice CM-CASE-0001   Date {invoiceDate:yyyy-MM-dd}",
            $"Bill to: {contoso.Name} (partner {contoso.PartnerId})",
            "Line 1: MOC  x 8   760.00 USD",
        ];
        var evidence = new CaseDocument("CM-CASE-0001.pdf", await documents.SaveAsync(DemoInvoicePdf.Create(text), cancellationToken));
        db.DiscrepancyCases.Add(new DiscrepancyCase(contoso.Id,
            new DiscrepancyClaim(lastMonth.Month, lastMonth.Year, "MOC", 8, "CM-CASE-0001", 8m, new Money(760.00m, "USD")),
            "This invoice is missing from our KPI dashboard.", evidence, admin, now.AddDays(-1)));
        await db.SaveChangesAsync(cancellationToken);

        // A line of last month the demo recorded for Contoso, claimed with two more units than recorded.
        var line = db.ChangeTracker.Entries<InvoiceLine>().Select(e => e.Entity)
            .Where(l => l.PartnerId == contoso.PartnerId && l.InvoiceDate >= lastMonth && l.InvoiceDate < lastMonth.AddMonths(1))
            .OrderBy(l => l.Id).First();
        var waiting = new DiscrepancyCase(contoso.Id,
            new DiscrepancyClaim(line.InvoiceDate.Month, line.InvoiceDate.Year, line.OmlpType, line.Units + 2, line.InvoiceNumber,
                (line.KpiValue ?? line.Units) + 2, line.Revenue),
            $"Line {line.LineNumber} of this invoice has {line.Units + 2} units, the dashboard shows {line.Units}.", null, admin, now.AddDays(-6));
        waiting.Take(support, now.AddDays(-5));
        waiting.AskPartner(support, now.AddDays(-4), "Please attach the invoice: the marketplace export we received shows the recorded units.");
        db.DiscrepancyCases.Add(waiting);
        await db.SaveChangesAsync(cancellationToken);

        var inReview = new DiscrepancyCase(fabrikam.Id,
            new DiscrepancyClaim(lastMonth.Month, lastMonth.Year, "EXAM-VOUCHER", 4, "CM-CASE-0003", 4m, new Money(520.00m, fabrikam.BillingCurrency)),
            "Four exam vouchers are missing.", null, Describe(DemoPersonas.FabrikamAdmin), now.AddDays(-8));
        inReview.Take(support, now.AddDays(-7));
        db.DiscrepancyCases.Add(inReview);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(DemoPersona persona) => $"{persona.ObjectId} ({persona.DisplayName})";
}
