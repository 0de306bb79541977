using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class PartnerNotificationConfiguration : IEntityTypeConfiguration<PartnerNotification>
{
    public void Configure(EntityTypeBuilder<PartnerNotification> builder)
    {
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.Recipients).HasMaxLength(4000);
        builder.Property(n => n.Facts).HasMaxLength(4000);
        builder.Property(n => n.OnceKey).HasMaxLength(100);
        // A notice due once (an order's expiry notices) is added once, however many reminder runs race for it.
        builder.HasIndex(n => n.OnceKey).IsUnique();
        builder.Ignore(n => n.RecipientList);
        // An organisation's recent notices; the sender's unsent emails.
        builder.HasIndex(n => new { n.PartnerOrganisationId, n.CreatedAt });
        builder.HasIndex(n => n.EmailedAt);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(n => n.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
