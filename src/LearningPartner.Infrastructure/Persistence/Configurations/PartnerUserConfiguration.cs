using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class PartnerUserConfiguration : IEntityTypeConfiguration<PartnerUser>
{
    public void Configure(EntityTypeBuilder<PartnerUser> builder)
    {
        // Links made before tenants were recorded get the operator's home tenant at start-up (ADR-012).
        builder.Property(u => u.TenantId).HasMaxLength(64).HasDefaultValue("");
        builder.Property(u => u.ObjectId).HasMaxLength(64);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.Role).HasMaxLength(32);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(10);
        // One membership per person and organisation; the lookup on every request is by its (tenant, object id) prefix.
        builder.HasIndex(u => new { u.TenantId, u.ObjectId, u.PartnerOrganisationId }).IsUnique();
        builder.HasOne(u => u.PartnerOrganisation).WithMany().HasForeignKey(u => u.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
