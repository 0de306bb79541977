using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class DirectoryListingConfiguration : IEntityTypeConfiguration<DirectoryListing>
{
    public void Configure(EntityTypeBuilder<DirectoryListing> builder)
    {
        builder.Property(l => l.DisplayName).HasMaxLength(ListingDetails.MaxNameLength);
        builder.Property(l => l.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(l => l.LandingPageUrl).HasMaxLength(2048);
        builder.Property(l => l.Description).HasMaxLength(ListingDetails.MaxDescriptionLength);
        builder.Property(l => l.LogoStorageKey).HasMaxLength(40);
        builder.Property(l => l.LogoContentType).HasMaxLength(20);
        builder.Property(l => l.RequestedBy).HasMaxLength(300);
        builder.Property(l => l.ReviewedBy).HasMaxLength(300);
        builder.Property(l => l.RejectionReason).HasMaxLength(1000);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(l => l.Batch);
        builder.Ignore(l => l.Details);
        builder.Ignore(l => l.Logo);
        // One request per partner awaits review at a time (reviewed ones free the key).
        builder.HasIndex(l => l.PendingPartnerOrganisationId).IsUnique();
        // A partner's requests; the editor's queue by batch; the public directory's approved listings by publication date.
        builder.HasIndex(l => new { l.PartnerOrganisationId, l.Id });
        builder.HasIndex(l => new { l.Status, l.BatchYear, l.BatchMonth });
        builder.HasIndex(l => new { l.Status, l.PublishOn });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(l => l.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
