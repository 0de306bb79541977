using LearningPartner.Domain.FactImports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class FactImportRowConfiguration : IEntityTypeConfiguration<FactImportRow>
{
    public void Configure(EntityTypeBuilder<FactImportRow> builder)
    {
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.PartnerId).HasMaxLength(20);
        builder.Property(r => r.PersonName).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.MctId).HasMaxLength(32);
        builder.Property(r => r.ExamCode).HasMaxLength(16);
        builder.Ignore(r => r.Values);
        builder.HasIndex(r => new { r.ImportId, r.FileLine }).IsUnique();
        builder.HasOne<FactImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
