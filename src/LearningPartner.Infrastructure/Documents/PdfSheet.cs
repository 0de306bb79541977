using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LearningPartner.Infrastructure.Documents;

/// <summary>
/// A plain A4 business document written top to bottom with PDFsharp (ADR-017): a title, headings, paragraphs and
/// label–value rows, wrapped to the page and continued on a new page. Text stays text (extractable, searchable); each
/// run of CJK characters is drawn in the CJK font, the rest in DejaVu Sans. The words come from the caller.
/// </summary>
public sealed class PdfSheet
{
    private const double Margin = 56; // points: about 20 mm
    private const double LabelWidth = 150;
    private const double Gap = 8;

    private readonly PdfDocument _document = new();
    private readonly XFont _text;
    private readonly XFont _textBold;
    private readonly XFont _cjk;
    private readonly XFont _cjkBold;
    private readonly XFont _title;
    private readonly XFont _titleCjk;
    private XGraphics _graphics = null!;
    private double _y;

    public PdfSheet(string title)
    {
        PortalFontResolver.Install();
        _text = new XFont(PortalFontResolver.Text, 10);
        _textBold = new XFont(PortalFontResolver.Text, 10, XFontStyleEx.Bold);
        _cjk = new XFont(PortalFontResolver.Cjk, 10);
        _cjkBold = new XFont(PortalFontResolver.Cjk, 10, XFontStyleEx.Bold);
        _title = new XFont(PortalFontResolver.Text, 16, XFontStyleEx.Bold);
        _titleCjk = new XFont(PortalFontResolver.Cjk, 16, XFontStyleEx.Bold);
        _document.Info.Title = title;
        _document.Info.Creator = "Learning Partner Portal";
        NewPage();
    }

    private double Width => _graphics.PageSize.Width - 2 * Margin;

    public PdfSheet Title(string text)
    {
        Write(text, Margin, Width, _title, _titleCjk, 22);
        _y += Gap;
        return this;
    }

    public PdfSheet Heading(string text)
    {
        _y += Gap;
        Write(text, Margin, Width, _textBold, _cjkBold, 15);
        return this;
    }

    public PdfSheet Paragraph(string text)
    {
        Write(text, Margin, Width, _text, _cjk, 14);
        _y += Gap / 2;
        return this;
    }

    /// <summary>A label and its value on one row; a null or empty value leaves the row out.</summary>
    public PdfSheet Field(string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        if (_y + 14 > _graphics.PageSize.Height - Margin)
        {
            NewPage();
        }

        var (top, page) = (_y, _document.PageCount);
        Write(label, Margin, LabelWidth - Gap, _textBold, _cjkBold, 14);
        var labelBottom = _y;
        _y = top;
        Write(value, Margin + LabelWidth, Width - LabelWidth, _text, _cjk, 14);
        if (_document.PageCount == page)
        {
            _y = Math.Max(_y, labelBottom);
        }

        return this;
    }

    public byte[] ToArray()
    {
        _graphics.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    /// <summary>Writes the text wrapped at spaces (or anywhere in a word longer than the line) within [x, x + width).</summary>
    private void Write(string text, double x, double width, XFont latin, XFont cjk, double lineHeight)
    {
        foreach (var line in Wrap(text, width, latin, cjk))
        {
            if (_y + lineHeight > _graphics.PageSize.Height - Margin)
            {
                NewPage();
            }

            // Both fonts on one baseline, so a line that mixes scripts reads (and extracts) as one line.
            var (left, baseline) = (x, _y + latin.Size);
            foreach (var (run, isCjk) in Runs(line))
            {
                var font = isCjk ? cjk : latin;
                _graphics.DrawString(run, font, XBrushes.Black, left, baseline, XStringFormats.BaseLineLeft);
                left += _graphics.MeasureString(run, font).Width;
            }

            _y += lineHeight;
        }
    }

    private List<string> Wrap(string text, double width, XFont latin, XFont cjk)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Measure(candidate, latin, cjk) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                // A word wider than the line (a long reference, CJK text without spaces) breaks between characters.
                foreach (var element in TextElements(word))
                {
                    if (line.Length > 0 && Measure(line + element, latin, cjk) > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    line.Append(element);
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private double Measure(string text, XFont latin, XFont cjk) =>
        Runs(text).Sum(r => _graphics.MeasureString(r.Text, r.IsCjk ? cjk : latin).Width);

    private static IEnumerable<string> TextElements(string text)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    /// <summary>The text cut into runs of one font: CJK (from U+2E80, the CJK radicals, on) or the rest.</summary>
    internal static IEnumerable<(string Text, bool IsCjk)> Runs(string text)
    {
        var run = new StringBuilder();
        bool? runIsCjk = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var isCjk = rune.Value >= 0x2E80 && !(rune.Value is >= 0xFE00 and <= 0xFE0F);
            if (runIsCjk is { } current && current != isCjk)
            {
                yield return (run.ToString(), current);
                run.Clear();
            }

            runIsCjk = isCjk;
            run.Append(rune.ToString());
        }

        if (run.Length > 0)
        {
            yield return (run.ToString(), runIsCjk!.Value);
        }
    }
}
