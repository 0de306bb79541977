using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class DiscrepancyCaseConfiguration : IEntityTypeConfiguration<DiscrepancyCase>
{
    public void Configure(EntityTypeBuilder<DiscrepancyCase> builder)
    {
        builder.Property(c => c.OmlpType).HasMaxLength(32);
        builder.Property(c => c.InvoiceNumber).HasMaxLength(40);
        builder.Property(c => c.KpiValue).HasPrecision(19, 4);
        builder.Property(c => c.KpiChange).HasPrecision(19, 4);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.EvidenceFileName).HasMaxLength(255);
        builder.Property(c => c.EvidenceStorageKey).HasMaxLength(255);
        builder.Property(c => c.SubmittedBy).HasMaxLength(300);
        builder.Property(c => c.AssignedTo).HasMaxLength(300);
        builder.Property(c => c.ResolvedBy).HasMaxLength(300);
        builder.Property(c => c.Resolution).HasMaxLength(2000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        builder.ComplexProperty(c => c.RevenueValue, m => MoneyConfiguration.Configure(m, "RevenueValue"));
        builder.Ignore(c => c.Claim);
        builder.HasMany(c => c.Messages).WithOne(m => m.DiscrepancyCase).HasForeignKey(m => m.DiscrepancyCaseId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The partner's case list, newest first; the support queue, oldest first by status.
        builder.HasIndex(c => new { c.PartnerOrganisationId, c.SubmittedAt });
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(c => c.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InvoiceLine>().WithMany().HasForeignKey(c => c.CorrectedLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
