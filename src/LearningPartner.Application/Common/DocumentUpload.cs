using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.Storage;

namespace LearningPartner.Application.Common;

/// <summary>
/// An uploaded document (proof of payment, invoice, case evidence, transcript) read and checked: present, at most 5 MB, PDF/PNG/JPEG
/// (a transcript: PDF only) by content, its name agreeing.
/// </summary>
public sealed record DocumentUpload(byte[] Content, string FileName)
{
    /// <summary>The document, or the refusal to show beside <paramref name="field"/>; <paramref name="missing"/> when there is no file.</summary>
    public static Task<(DocumentUpload? Upload, Refusal? Refusal)> ReadAsync(UploadedFile? file, string field, RefusalCode missing,
        CancellationToken cancellationToken) =>
        ReadAsync(file, field, missing, pdfOnly: false, cancellationToken);

    /// <summary>
    /// R-MCT-1: a transcript or certificate, which Microsoft Learn exports as a PDF — a PDF only, by content and by name; anything
    /// else (a screenshot included) is refused with <see cref="RefusalCode.DocumentNotPdf"/> beside <paramref name="field"/>.
    /// </summary>
    public static Task<(DocumentUpload? Upload, Refusal? Refusal)> ReadPdfAsync(UploadedFile? file, string field, RefusalCode missing,
        CancellationToken cancellationToken) =>
        ReadAsync(file, field, missing, pdfOnly: true, cancellationToken);

    private static async Task<(DocumentUpload? Upload, Refusal? Refusal)> ReadAsync(UploadedFile? file, string field, RefusalCode missing,
        bool pdfOnly, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, Refusal.OnField(field, missing));
        }

        if (file.Length > DocumentFileKind.MaxBytes)
        {
            return (null, Refusal.OnField(field, RefusalCode.DocumentTooLarge));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenRead())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var contentType = DocumentFileKind.Detect(content);
        if (pdfOnly && contentType != DocumentFileKind.PdfContentType)
        {
            return (null, Refusal.OnField(field, RefusalCode.DocumentNotPdf));
        }

        if (contentType is null)
        {
            // Checked by content, whatever the file's name or declared type says.
            return (null, Refusal.OnField(field, RefusalCode.DocumentNotPdfPngJpeg));
        }

        var name = Path.GetFileName(file.FileName);
        if (!DocumentFileKind.NameMatches(contentType, name))
        {
            return (null, Refusal.OnField(field, pdfOnly ? RefusalCode.DocumentNotPdf : RefusalCode.DocumentNameMismatch));
        }

        // The name is the user's text too (issue 20.6): a control or direction character is kept visible as its code point.
        name = PlainText.Visible(name, TextKind.Line);
        name = string.IsNullOrWhiteSpace(name) ? "document" : name.Length > 200 ? name[^200..] : name;
        return (new DocumentUpload(content, name), null);
    }
}
