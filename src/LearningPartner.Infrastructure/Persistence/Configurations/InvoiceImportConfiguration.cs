using LearningPartner.Domain.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceImportConfiguration : IEntityTypeConfiguration<InvoiceImport>
{
    public void Configure(EntityTypeBuilder<InvoiceImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.FileHash).HasMaxLength(64);
        builder.Property(i => i.UploadedBy).HasMaxLength(300);
        builder.Property(i => i.CommittedBy).HasMaxLength(300);
        builder.Ignore(i => i.IsCommitted);
    }
}
