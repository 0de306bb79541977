using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class PartnerUserConfiguration : IEntityTypeConfiguration<PartnerUser>
{
    public void Configure(EntityTypeBuilder<PartnerUser> builder)
    {
        builder.Property(u => u.ObjectId).HasMaxLength(64);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(254);
        // One organisation per Entra user: the lookup on every request is by this index.
        builder.HasIndex(u => u.ObjectId).IsUnique();
        builder.HasOne(u => u.PartnerOrganisation).WithMany().HasForeignKey(u => u.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
