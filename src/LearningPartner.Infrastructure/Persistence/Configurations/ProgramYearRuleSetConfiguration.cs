using LearningPartner.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class ProgramYearRuleSetConfiguration : IEntityTypeConfiguration<ProgramYearRuleSet>
{
    public void Configure(EntityTypeBuilder<ProgramYearRuleSet> builder)
    {
        builder.Property(r => r.ProgramYear).HasMaxLength(16);
        builder.Property(r => r.ContentHash).HasMaxLength(128);
        builder.HasIndex(r => new { r.ProgramYear, r.Version }).IsUnique();
        builder.HasIndex(r => r.EffectiveFrom);
    }
}
