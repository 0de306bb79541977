using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Application.Listings;

/// <summary>
/// What a listing request does with the logo (issue 24): a new file, keep the one of the listing it changes, or none.
/// </summary>
public sealed record ListingLogoChange(UploadedFile? File, bool Remove)
{
    public static readonly ListingLogoChange Keep = new(null, false);
}

/// <summary>A logo read and checked: PNG, JPEG or WebP by content, at most 256 KB, its name agreeing (SVG refused).</summary>
public sealed record ListingLogoUpload(byte[] Content, string ContentType, string FileName)
{
    public static async Task<(ListingLogoUpload? Upload, Refusal? Refusal)> ReadAsync(UploadedFile file, string field, CancellationToken cancellationToken)
    {
        if (file.Length > ListingLogo.MaxBytes)
        {
            return (null, Refusal.OnField(field, RefusalCode.LogoTooLarge, ListingLogo.MaxBytes / 1024));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenRead())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        // Checked by content, whatever the file's name or declared type says; the name must agree too.
        var contentType = ListingLogo.Detect(content);
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (contentType is null || (extension, contentType) is not ((".png", "image/png") or (".jpg" or ".jpeg", "image/jpeg") or (".webp", "image/webp")))
        {
            return (null, Refusal.OnField(field, RefusalCode.LogoNotPngJpegWebp));
        }

        var name = PlainText.Visible(Path.GetFileName(file.FileName), TextKind.Line);
        return (new ListingLogoUpload(content, contentType, name.Length > 200 ? name[^200..] : name), null);
    }
}
