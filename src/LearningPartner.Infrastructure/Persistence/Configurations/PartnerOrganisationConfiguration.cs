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
        // R-ORG-1: the unique index decides two sign-ups allocating the same next partner id at once (the loser retries).
        builder.HasIndex(p => p.PartnerId).IsUnique();
        builder.Property(p => p.Address).HasMaxLength(500);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.Property(p => p.TaxId).HasMaxLength(50);
        builder.Property(p => p.ContactName).HasMaxLength(200);
        builder.Property(p => p.ContactEmail).HasMaxLength(254);
        builder.Property(p => p.RejectionReason).HasMaxLength(1000);
        // R-ORG-1: a person has one registration pending at a time, even with two sign-ups sent at once (on SQL Server both
        // would read "may register"; the index refuses the second).
        builder.Property(p => p.RegisteredBy).HasMaxLength(80);
        builder.HasIndex(p => p.RegisteredBy).IsUnique().HasFilter("RegisteredBy IS NOT NULL AND VerifiedAt IS NULL AND RejectedAt IS NULL");
        builder.Ignore(p => p.Verification);
        builder.Property<long>(PartnerDataVersion.Property);
    }
}
