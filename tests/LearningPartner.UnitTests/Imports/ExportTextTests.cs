using System.Text;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.UnitTests.Imports;

/// <summary>Issue 20.5: which encodings an export may come in.</summary>
public sealed class ExportTextTests
{
    [Fact]
    public void Utf8WithAndWithoutItsMarkIsRead()
    {
        Assert.Equal("Educação", ExportText.Decode([0xEF, 0xBB, 0xBF, .. "Educação"u8.ToArray()]).Text);
        Assert.Equal("Educação", ExportText.Decode("Educação"u8.ToArray()).Text);
    }

    [Fact]
    public void Utf16WithItsMarkIsReadInEitherByteOrder()
    {
        Assert.Equal("北京,a", ExportText.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("北京,a")]).Text);
        Assert.Equal("北京,a", ExportText.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("北京,a")]).Text);
    }

    [Fact]
    public void Latin1WithAccentsIsRefusedNotMisread() =>
        Assert.Equal((null, "The file is not UTF-8 text. Export it as CSV UTF-8."), ExportText.Decode(Encoding.Latin1.GetBytes("Educação")));

    [Fact]
    public void Utf16WithoutItsMarkIsRecognisedAndRefused() =>
        Assert.Equal("The file looks like UTF-16 text without a byte-order mark (every other byte is zero). Export it as CSV UTF-8.",
            ExportText.Decode(Encoding.Unicode.GetBytes("PartnerId,DocumentType")).Error);
}
