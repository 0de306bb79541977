namespace LearningPartner.Infrastructure.Storage;

/// <summary>The file types accepted for uploaded documents (proofs of payment R-FEE-2, held invoices), recognised by content, not name.</summary>
public static class DocumentFileKind
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string PdfContentType = "application/pdf";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The content type of a PDF, PNG or JPEG file from its first bytes; null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> header) =>
        header.StartsWith(Pdf) ? PdfContentType
        : header.StartsWith(Png) ? "image/png"
        : header.StartsWith(Jpeg) ? "image/jpeg"
        : null;

    /// <summary>
    /// Whether a file's name agrees with its content (issue 11): a PDF named .png, or anything else named .pdf, is refused,
    /// so no file is ever stored under a type its name does not admit.
    /// </summary>
    public static bool NameMatches(string contentType, string fileName) =>
        (Path.GetExtension(fileName).ToLowerInvariant(), contentType) is
            (".pdf", PdfContentType) or (".png", "image/png") or (".jpg" or ".jpeg", "image/jpeg");
}
