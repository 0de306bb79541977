using System.Reflection;
using PdfSharp.Fonts;

namespace LearningPartner.Infrastructure.Documents;

/// <summary>
/// The fonts of the portal's PDF documents, shipped inside this assembly (ADR-017), so a fresh machine without fonts renders
/// the same document: DejaVu Sans for Latin, Greek and Cyrillic text, Droid Sans Fallback for CJK. PDFsharp embeds a subset.
/// </summary>
internal sealed class PortalFontResolver : IFontResolver
{
    public const string Text = "Portal Text";
    public const string Cjk = "Portal CJK";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Fallback = "DroidSansFallbackFull";

    private static readonly object Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PortalFontResolver)
            {
                GlobalFontSettings.FontResolver = new PortalFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
    {
        Text => new FontResolverInfo(bold ? Bold : Regular),
        // The CJK font has no bold face: PDFsharp thickens the strokes.
        Cjk => new FontResolverInfo(Fallback, bold, false),
        _ => null,
    };

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
