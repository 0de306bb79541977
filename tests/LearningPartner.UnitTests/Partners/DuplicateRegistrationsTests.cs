using LearningPartner.Domain.Partners;

namespace LearningPartner.UnitTests.Partners;

/// <summary>R-ORG-1: the possible duplicates staff see beside a registration, on hand-written cases.</summary>
public sealed class DuplicateRegistrationsTests
{
    private static readonly CompanyFacts Contoso = new("4100001", "Contoso Learning Ltd", "US", "US-12-3456789", "https://www.contoso-learning.example");

    private static IReadOnlyList<DuplicateReason> ReasonsFor(CompanyFacts candidate, CompanyFacts other) =>
        DuplicateRegistrations.Find(candidate, [other]).SingleOrDefault()?.Reasons ?? [];

    [Theory]
    [InlineData("contoso learning")]
    [InlineData("Contoso Learning Ltd.")]
    [InlineData("CONTOSO LEARNING LIMITED")]
    [InlineData("Contoso-Learning, Inc.")]
    [InlineData("  Contoso   Learning  ")]
    public void ANearlyIdenticalNameInTheSameCountryIsAPossibleDuplicate(string name) =>
        Assert.Equal([DuplicateReason.SimilarNameSameCountry], ReasonsFor(new("4100009", name, "US", null, null), Contoso));

    [Fact]
    public void TheSameNameInAnotherCountryIsNot() =>
        Assert.Empty(ReasonsFor(new("4100009", "Contoso Learning", "GB", null, null), Contoso));

    [Theory]
    [InlineData("Contoso Learning Academy")]
    [InlineData("Contoso")]
    [InlineData("Learning Contoso")]
    public void ADifferentNameIsNot(string name) => Assert.Empty(ReasonsFor(new("4100009", name, "US", null, null), Contoso));

    [Fact]
    public void AnAccentOrCaseDoesNotHideTheName() =>
        Assert.Equal([DuplicateReason.SimilarNameSameCountry],
            ReasonsFor(new("4100009", "adatum educacao", "BR", null, null), new("4100006", "Adatum Educação", "BR", null, null)));

    [Theory]
    [InlineData("US-12-3456789")]
    [InlineData("us 12 3456789")]
    [InlineData("US.12.3456789")]
    public void TheSameTaxIdWrittenDifferentlyIsAPossibleDuplicate(string taxId) =>
        Assert.Equal([DuplicateReason.SameTaxId], ReasonsFor(new("4100009", "Northwind Skills", "US", taxId, null), Contoso));

    [Theory]
    [InlineData("https://contoso-learning.example/about")]
    [InlineData("https://WWW.Contoso-Learning.example")]
    public void TheSameWebsiteDomainIsAPossibleDuplicate(string website) =>
        Assert.Equal([DuplicateReason.SameWebsiteDomain], ReasonsFor(new("4100009", "Northwind Skills", "DE", null, website), Contoso));

    [Fact]
    public void AnotherDomainIsNot() =>
        Assert.Empty(ReasonsFor(new("4100009", "Northwind Skills", "US", null, "https://learn.contoso-learning.example.org"), Contoso));

    [Fact]
    public void EveryReasonIsNamed() =>
        Assert.Equal([DuplicateReason.SameTaxId, DuplicateReason.SameWebsiteDomain, DuplicateReason.SimilarNameSameCountry],
            ReasonsFor(new("4100009", "contoso learning", "US", "US123456789", "https://contoso-learning.example"), Contoso));

    [Fact]
    public void ACompanyIsNotItsOwnDuplicateAndMissingFactsMatchNothing()
    {
        Assert.Empty(DuplicateRegistrations.Find(Contoso, [Contoso]));
        Assert.Empty(ReasonsFor(new("4100009", "Fabrikam", "DE", null, null), new("4100002", "Other", "US", null, null)));
    }
}
