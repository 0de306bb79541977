using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class HeldInvoiceConfiguration : IEntityTypeConfiguration<HeldInvoice>
{
    public void Configure(EntityTypeBuilder<HeldInvoice> builder)
    {
        builder.Property(h => h.PartnerId).HasMaxLength(20);
        builder.Property(h => h.InvoiceNumber).HasMaxLength(40);
        builder.Property(h => h.OmlpType).HasMaxLength(32);
        builder.ComplexProperty(h => h.Revenue, m => MoneyConfiguration.Configure(m, "Revenue"));
        builder.Property(h => h.DocumentFileName).HasMaxLength(255);
        builder.Property(h => h.DocumentStorageKey).HasMaxLength(255);
        builder.Property(h => h.SubmittedBy).HasMaxLength(300);
        builder.Property(h => h.ReviewedBy).HasMaxLength(300);
        builder.Property(h => h.RefusalReason).HasMaxLength(1000);
        builder.Property(h => h.PendingKey).HasMaxLength(80);
        // One submission of a line awaits verification at a time (R-KPI-4); reviewed ones free the key.
        builder.HasIndex(h => h.PendingKey).IsUnique();
        builder.HasIndex(h => new { h.PartnerOrganisationId, h.SubmittedAt });
        builder.HasIndex(h => new { h.Status, h.SubmittedAt });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(h => h.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
