using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class TrainerConfiguration : IEntityTypeConfiguration<Trainer>
{
    public void Configure(EntityTypeBuilder<Trainer> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.MctId).HasMaxLength(32);
        builder.Property(t => t.Email).HasMaxLength(254);
        builder.ComplexProperty(t => t.Review, FactReviewConfiguration.Configure);
        builder.Ignore(t => t.IsVerified);
        builder.Ignore(t => t.LapsesOn);
        // R-CMP-1 counts distinct MCTs: the same MCT id cannot be entered twice for one partner.
        builder.HasIndex(t => new { t.PartnerOrganisationId, t.MctId }).IsUnique();
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(t => t.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
