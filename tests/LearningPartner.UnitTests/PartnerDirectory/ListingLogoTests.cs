using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.UnitTests.PartnerDirectory;

/// <summary>Issue 24: a logo is recognised by its first bytes — PNG, JPEG, WebP — and anything else (SVG included) is not.</summary>
public sealed class ListingLogoTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")] // RIFF....WEBP
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, null)] // RIFF....WAVE: a sound
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67, 0x20 }, null)] // "<svg "
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, null)] // "%PDF-": a document, not a logo
    [InlineData(new byte[] { 0x89, 0x50, 0x4E }, null)] // a PNG's first three bytes only
    public void ALogoIsAPngJpegOrWebPByItsContent(byte[] content, string? expected) =>
        Assert.Equal(expected, ListingLogo.Detect(content));

    [Fact]
    public void AStoredLogoHasAnImageTypeItAccepts()
    {
        Assert.Equal("image/webp", new ListingLogo("0123456789abcdef0123456789abcdef.bin", "image/webp").ContentType);
        Assert.Throws<ArgumentException>(() => new ListingLogo("0123456789abcdef0123456789abcdef.bin", "image/svg+xml"));
    }

    [Fact]
    public void ADescriptionHasAtMost500CharactersAndIsTrimmed()
    {
        Assert.Equal("Courses.", new ListingDetails("Contoso", "US", "https://contoso.example/", "  Courses. ").Description);
        Assert.Null(new ListingDetails("Contoso", "US", "https://contoso.example/", "   ").Description);
        Assert.Equal(500, new ListingDetails("Contoso", "US", "https://contoso.example/", new string('d', 500)).Description!.Length);
        Assert.Throws<ArgumentException>(() => new ListingDetails("Contoso", "US", "https://contoso.example/", new string('d', 501)));
    }
}
