using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class DirectoryListingConfiguration : IEntityTypeConfiguration<DirectoryListing>
{
    public void Configure(EntityTypeBuilder<DirectoryListing> builder)
    {
        builder.Property(l => l.DisplayName).HasMaxLength(200);
        builder.Property(l => l.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(l => l.LandingPageUrl).HasMaxLength(2048);
        builder.Property(l => l.RequestedBy).HasMaxLength(200);
        builder.Property(l => l.ReviewedBy).HasMaxLength(200);
        builder.Property(l => l.RejectionReason).HasMaxLength(1000);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(l => new { l.PartnerOrganisationId, l.Status });
        builder.HasIndex(l => new { l.Status, l.PublishOn });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(l => l.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
