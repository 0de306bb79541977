using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.PaymentReference).HasMaxLength(32);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(64);
        builder.Property(o => o.CompetencyCode).HasMaxLength(64);
        builder.Property(o => o.OpenOptionKey).HasMaxLength(100);
        // R-FEE-1: one open order per option, whatever the number of tabs or instances.
        builder.HasIndex(o => o.OpenOptionKey).IsUnique();
        builder.ComplexProperty(o => o.Price, m => MoneyConfiguration.Configure(m, "Price"));
        // R-FEE-1: a replayed or double-clicked submission cannot create a second order.
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.HasIndex(o => o.PaymentReference).IsUnique();
        builder.HasIndex(o => new { o.PartnerOrganisationId, o.Status });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(o => o.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(o => o.EnrollmentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
