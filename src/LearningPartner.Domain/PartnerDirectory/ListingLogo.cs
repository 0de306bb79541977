using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// The logo a partner submits with its listing request (issue 24): a PNG, JPEG or WebP image of at most
/// <see cref="MaxBytes"/>, recognised by its first bytes, never by its name. SVG is refused: it can carry script.
/// </summary>
public sealed record ListingLogo
{
    public const int MaxBytes = 256 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebP = "WEBP"u8.ToArray();

    public ListingLogo(string storageKey, string contentType)
    {
        if (contentType is not ("image/png" or "image/jpeg" or "image/webp"))
        {
            throw new ArgumentException("A logo is a PNG, JPEG or WebP image.", nameof(contentType));
        }

        StorageKey = Guard.Text(storageKey, 40, nameof(storageKey));
        ContentType = contentType;
    }

    public string StorageKey { get; }

    public string ContentType { get; }

    /// <summary>The content type of a PNG, JPEG or WebP image from its first bytes; null for anything else (SVG included).</summary>
    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(Png) ? "image/png"
        : content.StartsWith(Jpeg) ? "image/jpeg"
        : content.Length >= 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(WebP) ? "image/webp"
        : null;
}
