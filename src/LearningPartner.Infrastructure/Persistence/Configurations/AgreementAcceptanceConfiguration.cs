using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class AgreementAcceptanceConfiguration : IEntityTypeConfiguration<AgreementAcceptance>
{
    public void Configure(EntityTypeBuilder<AgreementAcceptance> builder)
    {
        builder.Property(a => a.Version).HasMaxLength(20);
        builder.Property(a => a.TenantId).HasMaxLength(64);
        builder.Property(a => a.ObjectId).HasMaxLength(64);
        builder.Property(a => a.AcceptedBy).HasMaxLength(200);
        builder.HasIndex(a => new { a.PartnerOrganisationId, a.Version });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(a => a.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
