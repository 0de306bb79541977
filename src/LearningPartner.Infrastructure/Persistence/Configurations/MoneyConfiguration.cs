using LearningPartner.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

/// <summary>Money is stored as an exact decimal beside its ISO currency code, in two columns.</summary>
internal static class MoneyConfiguration
{
    public static void Configure(ComplexPropertyBuilder<Money> money, string prefix)
    {
        money.Property(m => m.Amount).HasColumnName(prefix + "Amount").HasPrecision(19, 4);
        money.Property(m => m.Currency).HasColumnName(prefix + "Currency").HasMaxLength(3).IsFixedLength();
    }
}
