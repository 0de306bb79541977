using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.CompetencyCode).HasMaxLength(64);
        builder.Property(e => e.EndReason).HasMaxLength(200);
        builder.HasIndex(e => new { e.PartnerOrganisationId, e.Level, e.CompetencyCode });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(e => e.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
