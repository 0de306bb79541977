using LearningPartner.Domain.Common;

namespace LearningPartner.UnitTests.Common;

/// <summary>Issue 20.6: the characters no text field stores, written out by code point.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Contoso Learning")]
    [InlineData("CM2610-9001")]
    [InlineData("Educação Ltda — 北京培训中心")]
    [InlineData("مركز التدريب")] // right-to-left script is text; only the formatting characters are refused
    [InlineData("")]
    [InlineData(null)]
    public void OrdinaryTextInAnyScriptIsALine(string? value)
    {
        Assert.True(PlainText.IsLine(value));
        Assert.True(PlainText.IsLongText(value));
    }

    [Theory]
    [InlineData("a\u0000b", 0x0000)] // NUL
    [InlineData("a\u0007b", 0x0007)] // BEL
    [InlineData("a\u001Bb", 0x001B)] // ESC, the start of a terminal escape sequence
    [InlineData("a\u007Fb", 0x007F)] // DEL
    [InlineData("a\u0085b", 0x0085)] // NEL, a C1 control
    [InlineData("a\u009Bb", 0x009B)] // CSI, a C1 control
    [InlineData("a\u202Ab", 0x202A)] // LRE
    [InlineData("a\u202Bb", 0x202B)] // RLE
    [InlineData("a\u202Cb", 0x202C)] // PDF
    [InlineData("a\u202Db", 0x202D)] // LRO
    [InlineData("a\u202Eb", 0x202E)] // RLO
    [InlineData("a\u2066b", 0x2066)] // LRI
    [InlineData("a\u2067b", 0x2067)] // RLI
    [InlineData("a\u2068b", 0x2068)] // FSI
    [InlineData("a\u2069b", 0x2069)] // PDI
    [InlineData("a\u200Eb", 0x200E)] // LRM
    [InlineData("a\u200Fb", 0x200F)] // RLM
    [InlineData("a\u061Cb", 0x061C)] // ALM
    public void ControlAndDirectionCharactersAreRefusedEvenInLongText(string value, int refused)
    {
        Assert.False(PlainText.IsLine(value));
        Assert.False(PlainText.IsLongText(value));
        Assert.Equal((char)refused, PlainText.FirstRefused(value, TextKind.LongText));
    }

    [Theory]
    [InlineData("first line\nsecond line", '\n')]
    [InlineData("first line\r\nsecond line", '\r')]
    [InlineData("column\tcolumn", '\t')]
    public void TabsAndLineBreaksAreLongTextButNotALine(string value, char refused)
    {
        Assert.True(PlainText.IsLongText(value));
        Assert.False(PlainText.IsLine(value));
        Assert.Equal(refused, PlainText.FirstRefused(value, TextKind.Line));
    }

    [Fact]
    public void TheFirstRefusedCharacterIsReported() =>
        Assert.Equal('\u2066', PlainText.FirstRefused("ok\u2066x\u202Ey", TextKind.Line));

    [Theory]
    [InlineData('\u202E', "U+202E")]
    [InlineData('\u0000', "U+0000")]
    [InlineData('\u061C', "U+061C")]
    public void ARefusedCharacterIsNamedByItsCodePoint(char c, string name) => Assert.Equal(name, PlainText.Name(c));

    [Theory]
    [InlineData("\u200B")] // zero-width space: invisible but not a direction or control character
    [InlineData("\u00A0")] // no-break space
    [InlineData("\u2028")] // line separator (a format of its own, not a C0/C1 control)
    public void OtherInvisibleCharactersAreNotThisRulesBusiness(string value) => Assert.True(PlainText.IsLine(value));
}
