using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.Property(p => p.PartnerId).HasMaxLength(20);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(p => p.BillingCurrency).HasMaxLength(3).IsFixedLength().HasDefaultValue("USD");
        builder.HasIndex(p => p.PartnerId).IsUnique();
        builder.Property<long>(PartnerDataVersion.Property);
    }
}
