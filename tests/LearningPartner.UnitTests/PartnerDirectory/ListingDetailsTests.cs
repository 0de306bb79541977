using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.UnitTests.PartnerDirectory;

/// <summary>R-DIR-2, R-DIR-3: a listing's name, country/region and landing page, an absolute https URL.</summary>
public sealed class ListingDetailsTests
{
    [Theory]
    [InlineData("https://contoso-learning.example/microsoft-training")]
    [InlineData("https://www.contoso-learning.example/")]
    [InlineData("https://learn.contoso.example:8443/path?x=1")]
    public void AnHttpsUrlOfANamedSiteIsALandingPage(string url) => Assert.True(ListingDetails.IsLandingPageUrl(url));

    [Theory]
    [InlineData("http://contoso-learning.example/")] // R-DIR-3: https only
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/microsoft-training")] // not absolute
    [InlineData("contoso-learning.example")]
    [InlineData("https://user:secret@contoso-learning.example/")]
    [InlineData("https://10.0.0.7/")]
    [InlineData("https://intranet/")]
    [InlineData("https://portal.localhost/")]
    [InlineData("ftp://contoso-learning.example/")]
    [InlineData("")]
    public void AnythingElseIsNot(string url) => Assert.False(ListingDetails.IsLandingPageUrl(url));

    [Fact]
    public void TheNameIsTrimmedAndAtMostAHundredCharacters()
    {
        Assert.Equal("Contoso", new ListingDetails("  Contoso ", "US", "https://contoso.example/").DisplayName);
        Assert.Throws<ArgumentException>(() => new ListingDetails(new string('x', 101), "US", "https://contoso.example/"));
        Assert.Equal(100, new ListingDetails(new string('x', 100), "US", "https://contoso.example/").DisplayName.Length);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("us")]
    [InlineData("USA")]
    public void TheCountryIsAnAssignedIsoCode(string code) =>
        Assert.Throws<ArgumentException>(() => new ListingDetails("Contoso", code, "https://contoso.example/"));
}
