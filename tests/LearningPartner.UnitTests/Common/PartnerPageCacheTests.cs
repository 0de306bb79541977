using LearningPartner.Application.Common;

namespace LearningPartner.UnitTests.Common;

/// <summary>Issue 12: a kept page is found only under its own kind, partner, date and data version.</summary>
public sealed class PartnerPageCacheTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 25);

    private readonly PartnerPageCache _cache = new();

    public PartnerPageCacheTests() => _cache.Set(1, Day, 42L, new OverviewPage("Contoso"));

    [Fact]
    public void APageIsFoundUnderItsKindPartnerDateAndVersion()
    {
        Assert.True(_cache.TryGet<OverviewPage>(1, Day, 42L, out var page));
        Assert.Equal("Contoso", page.Name);
    }

    [Theory]
    [InlineData(2, 0, 42L)] // another partner
    [InlineData(1, 1, 42L)] // the next day: date-derived states are worked out again
    [InlineData(1, 0, 43L)] // the partner's rows changed
    public void APageIsNotFoundUnderAnotherPartnerDateOrVersion(int organisationId, int daysLater, long version) =>
        Assert.False(_cache.TryGet<OverviewPage>(organisationId, Day.AddDays(daysLater), version, out _));

    [Fact]
    public void AnotherKindOfPageUnderTheSameKeyIsItsOwn()
    {
        Assert.False(_cache.TryGet<RequirementsPage>(1, Day, 42L, out _));

        _cache.Set(1, Day, 42L, new RequirementsPage(3));

        Assert.True(_cache.TryGet<OverviewPage>(1, Day, 42L, out var overview));
        Assert.Equal("Contoso", overview.Name);
        Assert.True(_cache.TryGet<RequirementsPage>(1, Day, 42L, out var requirements));
        Assert.Equal(3, requirements.ValidMcts);
    }

    public void Dispose() => _cache.Dispose();

    private sealed record OverviewPage(string Name);

    private sealed record RequirementsPage(int ValidMcts);
}
