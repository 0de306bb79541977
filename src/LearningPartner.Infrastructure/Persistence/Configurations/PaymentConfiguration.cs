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
        // R-FEE-3: the partner's declared figures and support's received figures; nullable, since proofs uploaded and payments
        // confirmed before issue 23 have none. Money as everywhere (ADR-004).
        builder.Property(p => p.DeclaredAmount).HasPrecision(19, 4);
        builder.Property(p => p.DeclaredCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.DeclaredBankReference).HasMaxLength(Payment.BankReferenceMaxLength);
        builder.Property(p => p.ReceivedAmount).HasPrecision(19, 4);
        builder.Property(p => p.ReceivedCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.BankReference).HasMaxLength(Payment.BankReferenceMaxLength);
        builder.Property(p => p.OverrideReason).HasMaxLength(Payment.OverrideReasonMaxLength);
        builder.Ignore(p => p.Declared);
        builder.Ignore(p => p.Received);
        // R-FEE-1: each order has one live payment (awaiting a decision or confirmed); a rejected one frees the
        // order for a new proof of payment.
        builder.HasIndex(p => p.OpenOrderId).IsUnique();
        builder.HasIndex(p => p.OrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
