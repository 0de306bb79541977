namespace LearningPartner.Application.Common;

/// <summary>
/// Why a command was refused: a code (the web layer holds its words in both languages), the input field it belongs to
/// (null: the form as a whole) and the values its message names (a date, an amount), never a finished sentence.
/// </summary>
public sealed record Refusal(RefusalCode Code, string? Field, IReadOnlyList<object> Values)
{
    public static Refusal Of(RefusalCode code, params object[] values) => new(code, null, values);

    public static Refusal OnField(string field, RefusalCode code, params object[] values) => new(code, field, values);
}
