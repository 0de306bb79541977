using LearningPartner.Domain.FactImports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class FactImportConfiguration : IEntityTypeConfiguration<FactImport>
{
    public void Configure(EntityTypeBuilder<FactImport> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.FileHash).HasMaxLength(64);
        builder.Property(i => i.UploadedBy).HasMaxLength(300);
        builder.Property(i => i.CommittedBy).HasMaxLength(300);
        builder.Ignore(i => i.IsCommitted);
    }
}
