using LearningPartner.Domain.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceImportRowConfiguration : IEntityTypeConfiguration<InvoiceImportRow>
{
    public void Configure(EntityTypeBuilder<InvoiceImportRow> builder)
    {
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.PartnerId).HasMaxLength(20);
        builder.Property(r => r.InvoiceNumber).HasMaxLength(40);
        builder.Property(r => r.OmlpType).HasMaxLength(32);
        builder.Property(r => r.RevenueAmount).HasPrecision(19, 4);
        builder.Property(r => r.RevenueCurrency).HasMaxLength(3).IsFixedLength();
        // Issue 20.5: the cells as written, one JSON text (any length: a 1 MB cell is kept as the file had it).
        builder.Property(r => r.Cells).HasConversion(c => InvoiceRowCellsJson.Write(c!), json => InvoiceRowCellsJson.Read(json)); // EF never converts a null
        builder.HasIndex(r => new { r.ImportId, r.FileLine }).IsUnique();
        // The commit reads an import's new rows; the preview page and problems CSV its conflicts and rejections.
        builder.HasIndex(r => new { r.ImportId, r.Outcome });
        builder.HasOne<InvoiceImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
