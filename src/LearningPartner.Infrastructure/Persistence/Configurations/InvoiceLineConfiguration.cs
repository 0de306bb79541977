using LearningPartner.Domain.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    /// <summary>The filter of the query filter, in SQL both providers read: current (not superseded) records.</summary>
    private const string Current = "SupersededAt IS NULL";

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
        // R-DSC-2: a corrected record is superseded and kept, never deleted. Every query of the portal reads current
        // records only, unless it asks for the history (IgnoreQueryFilters); the indexes below hold current records
        // only, so the filter costs the KPI queries nothing.
        builder.HasQueryFilter(l => l.SupersededAt == null);
        builder.Property(l => l.SupersededAt).IsConcurrencyToken(); // two corrections of one record: the second fails
        // R-KPI-4: a line is identified by (partner, invoice number, line number): one current record per line.
        builder.HasIndex(l => new { l.PartnerId, l.InvoiceNumber, l.LineNumber }).IsUnique().HasFilter(Current);
        // A record is superseded once; its history is read by invoice number on a case's trace (few rows).
        builder.HasIndex(l => l.SupersedesId).IsUnique().HasFilter("SupersedesId IS NOT NULL");
        builder.HasIndex(l => new { l.PartnerId, l.InvoiceNumber }).HasFilter("SupersededAt IS NOT NULL")
            .HasDatabaseName("IX_InvoiceLines_Superseded");
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
            l.SupersededAt, // always null here, but SQLite needs the filter's column in the index to cover the query
        })
            .HasFilter(Current)
            .HasDatabaseName("IX_InvoiceLines_Partner_Month_Kpi");
        // A partner's lines by date: the latest lines on the overview, a rule set's lines to value (R-KPI-2).
        builder.HasIndex(l => new { l.PartnerId, l.InvoiceDate }).HasFilter(Current);
    }
}
