using LearningPartner.Domain.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

internal sealed class ResourceLinkConfiguration : IEntityTypeConfiguration<ResourceLink>
{
    public void Configure(EntityTypeBuilder<ResourceLink> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Title).HasMaxLength(ResourceLink.TitleLength);
        builder.Property(r => r.Url).HasMaxLength(2048);
        builder.Property(r => r.Description).HasMaxLength(ResourceLink.DescriptionLength);
        builder.Property(r => r.TitleZh).HasMaxLength(ResourceLink.TitleLength);
        builder.Property(r => r.DescriptionZh).HasMaxLength(ResourceLink.DescriptionLength);
        builder.HasIndex(r => r.Kind).IsUnique();
    }
}
