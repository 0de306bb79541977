using LearningPartner.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.NormalizedEmail).HasMaxLength(254);
        builder.Property(i => i.Role).HasMaxLength(32);
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(i => i.InvitedBy).HasMaxLength(200);
        builder.Property(i => i.AcceptedByTenantId).HasMaxLength(64);
        builder.Property(i => i.AcceptedByObjectId).HasMaxLength(64);
        // A link is looked up by its token's hash; two invitations never share one.
        builder.HasIndex(i => i.TokenHash).IsUnique();
        // R-ORG-2: one pending invitation (neither accepted nor revoked) per address and organisation, even when two admins
        // invite at once. An expired pending one is renewed by inviting again (ADR-014), so it never blocks a new invitation.
        builder.HasIndex(i => new { i.PartnerOrganisationId, i.NormalizedEmail }).IsUnique()
            .HasFilter("AcceptedAt IS NULL AND RevokedAt IS NULL");
        builder.HasOne(i => i.PartnerOrganisation).WithMany().HasForeignKey(i => i.PartnerOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
