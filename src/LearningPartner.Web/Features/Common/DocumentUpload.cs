using LearningPartner.Infrastructure.Storage;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>An uploaded document (proof of payment, held invoice) read and checked: present, at most 5 MB, PDF/PNG/JPEG by content.</summary>
public sealed record DocumentUpload(byte[] Content, string FileName)
{
    /// <summary>The document, or the message to show beside the file field.</summary>
    public static async Task<(DocumentUpload? Upload, string? Error)> ReadAsync(IFormFile? file, string missingMessage,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, missingMessage);
        }

        if (file.Length > DocumentFileKind.MaxBytes)
        {
            return (null, localizer["The file is larger than 5 MB."]);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        if (DocumentFileKind.Detect(content) is not { } contentType)
        {
            // Checked by content, whatever the file's name or declared type says.
            return (null, localizer["Upload a PDF, PNG or JPEG file."]);
        }

        var name = Path.GetFileName(file.FileName);
        if (!DocumentFileKind.NameMatches(contentType, name))
        {
            return (null, localizer["The file's name does not match its content: upload a PDF as .pdf, a PNG as .png, a JPEG as .jpg."]);
        }

        name = string.IsNullOrWhiteSpace(name) ? "document" : name.Length > 200 ? name[^200..] : name;
        return (new DocumentUpload(content, name), null);
    }
}
