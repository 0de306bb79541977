using LearningPartner.Domain.Discrepancies;
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
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        builder.Property(c => c.AssignedTo).HasMaxLength(200);
        builder.Property(c => c.Resolution).HasMaxLength(4000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        builder.ComplexProperty(c => c.RevenueValue, m => MoneyConfiguration.Configure(m, "RevenueValue"));
        builder.HasIndex(c => new { c.PartnerOrganisationId, c.Status });
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(c => c.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
