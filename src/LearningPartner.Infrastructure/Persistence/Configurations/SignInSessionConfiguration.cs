using LearningPartner.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("SignInSessions");
        builder.Property(s => s.KeyHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(s => s.ObjectId).HasMaxLength(64);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        // Read on every signed-in request by the key's hash.
        builder.HasIndex(s => s.KeyHash).IsUnique();
        // A user's sessions, ended together by staff or when the user is deactivated.
        builder.HasIndex(s => new { s.ObjectId, s.EndedAt });
    }
}
