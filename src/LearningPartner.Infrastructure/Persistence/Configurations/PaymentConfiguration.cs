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
        // R-FEE-1: each order has one live payment (awaiting a decision or confirmed); a rejected one frees the
        // order for a new proof of payment.
        builder.HasIndex(p => p.OpenOrderId).IsUnique();
        builder.HasIndex(p => p.OrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
