using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class ExamPassConfiguration : IEntityTypeConfiguration<ExamPass>
{
    public void Configure(EntityTypeBuilder<ExamPass> builder)
    {
        builder.Property(e => e.ExamCode).HasMaxLength(16);
        builder.Property(e => e.PersonName).HasMaxLength(200);
        builder.ComplexProperty(e => e.Review, FactReviewConfiguration.Configure);
        builder.Ignore(e => e.IsVerified);
        builder.HasIndex(e => new { e.PartnerOrganisationId, e.ExamCode });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(e => e.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
