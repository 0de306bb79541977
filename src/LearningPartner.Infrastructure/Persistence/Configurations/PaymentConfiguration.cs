using LearningPartner.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.ProofFileName).HasMaxLength(255);
        builder.Property(p => p.ProofStorageKey).HasMaxLength(255);
        builder.Property(p => p.UploadedBy).HasMaxLength(200);
        builder.Property(p => p.DecidedBy).HasMaxLength(200);
        builder.Property(p => p.RejectionReason).HasMaxLength(1000);
        // R-FEE-1: each order is paid and recorded once.
        builder.HasIndex(p => p.OrderId).IsUnique();
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
