using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Reminders;
using LearningPartner.Domain.Trainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class TrainerLapseReminderConfiguration : IEntityTypeConfiguration<TrainerLapseReminder>
{
    public void Configure(EntityTypeBuilder<TrainerLapseReminder> builder)
    {
        builder.ToTable("TrainerLapseReminders");
        // R-MCT-2: each warning once per trainer and membership, whatever the number of instances or runs.
        builder.HasIndex(r => new { r.TrainerId, r.ValidUntil }).IsUnique();
        builder.HasOne<Trainer>().WithMany().HasForeignKey(r => r.TrainerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(r => r.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
