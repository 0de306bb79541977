namespace LearningPartner.Domain.Common;

/// <summary>What a text field holds, for <see cref="PlainText"/>: one line, or long text with tabs and line breaks.</summary>
public enum TextKind
{
    Line,
    LongText,
}
