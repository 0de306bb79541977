using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("RemindersSent");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Recipients).HasMaxLength(2000);
        builder.Property(r => r.Subject).HasMaxLength(300);
        // R-RNW-2: each configured reminder day once per option and AD, whatever the number of instances or runs.
        builder.HasIndex(r => new { r.EnrollmentId, r.AnniversaryDate, r.DayOffset }).IsUnique();
        builder.HasIndex(r => new { r.PartnerOrganisationId, r.SentAt });
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(r => r.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
