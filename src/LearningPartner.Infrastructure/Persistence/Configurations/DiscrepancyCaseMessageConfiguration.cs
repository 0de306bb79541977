using LearningPartner.Domain.Discrepancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class DiscrepancyCaseMessageConfiguration : IEntityTypeConfiguration<DiscrepancyCaseMessage>
{
    public void Configure(EntityTypeBuilder<DiscrepancyCaseMessage> builder)
    {
        builder.Property(m => m.Author).HasMaxLength(300);
        builder.Property(m => m.Text).HasMaxLength(4000);
        builder.Property(m => m.DocumentFileName).HasMaxLength(255);
        builder.Property(m => m.DocumentStorageKey).HasMaxLength(255);
    }
}
