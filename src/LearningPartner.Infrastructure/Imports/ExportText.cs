using System.Text;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// The text of an uploaded export (docs/invoice-import.md): UTF-8 with or without a byte-order mark, or UTF-16 with one
/// (issue 20.5: "CSV UTF-16" as some tools save it). Anything else — Latin-1 or Windows-1252 with accented letters, UTF-16
/// without its mark — is refused with a message rather than read as the wrong letters.
/// </summary>
public static class ExportText
{
    public const string NotUtf8 = "The file is not UTF-8 text. Export it as CSV UTF-8.";

    public const string Utf16WithoutMark =
        "The file looks like UTF-16 text without a byte-order mark (every other byte is zero). Export it as CSV UTF-8.";

    // Strict decoders: an invalid byte throws instead of becoming U+FFFD.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Error) Decode(byte[] content)
    {
        var (encoding, skip) = content switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
            [0xFF, 0xFE, ..] => (Utf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (Utf16BigEndian, 2),
            _ => (Utf8, 0),
        };
        if (skip == 0 && LooksLikeUtf16(content))
        {
            return (null, Utf16WithoutMark);
        }

        try
        {
            // A tool that adds its own mark before an existing one leaves a second U+FEFF: not part of the first column's name.
            return (encoding.GetString(content, skip, content.Length - skip).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, skip == 2 ? "The file starts like UTF-16 text but is not. Export it as CSV UTF-8." : NotUtf8);
        }
    }

    /// <summary>ASCII letters in UTF-16 have a zero byte beside each: the header's first characters show it.</summary>
    private static bool LooksLikeUtf16(byte[] content) =>
        content.Length >= 4 && ((content[0] != 0 && content[1] == 0 && content[2] != 0 && content[3] == 0)
                                || (content[0] == 0 && content[1] != 0 && content[2] == 0 && content[3] != 0));
}
