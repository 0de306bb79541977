using LearningPartner.Domain.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.Property(l => l.PartnerId).HasMaxLength(20);
        builder.Property(l => l.InvoiceNumber).HasMaxLength(40);
        builder.Property(l => l.OmlpType).HasMaxLength(32);
        builder.Property(l => l.KpiValue).HasPrecision(19, 4);
        builder.Property(l => l.KpiCategory).HasMaxLength(32);
        builder.Property(l => l.Source).HasMaxLength(100);
        builder.Ignore(l => l.Revenue);
        builder.Property(l => l.RevenueAmount).HasPrecision(19, 4);
        builder.Property(l => l.RevenueCurrency).HasMaxLength(3).IsFixedLength();
        // R-KPI-4: a line is identified by (partner, invoice number, line number).
        builder.HasIndex(l => new { l.PartnerId, l.InvoiceNumber, l.LineNumber }).IsUnique();
        // KPI windows are whole months of one partner's lines (R-KPI-6, R-KPI-7). The index covers everything the
        // grouped KPI queries and the dashboard's month × OMLP type report read (R-KPI-8), in the report's grouping
        // order, so they never touch the table rows nor sort (100,000-line partner in 1,000,000 lines: see bench/).
        builder.HasIndex(l => new
        {
            l.PartnerId,
            l.InvoiceMonth,
            l.OmlpType,
            l.KpiCategory,
            l.RevenueCurrency,
            l.KpiValue,
            l.Units,
            l.RevenueAmount,
        })
            .HasDatabaseName("IX_InvoiceLines_Partner_Month_Kpi");
        // A partner's lines by date: the latest lines on the overview, a rule set's lines to value (R-KPI-2).
        builder.HasIndex(l => new { l.PartnerId, l.InvoiceDate });
    }
}
