namespace LearningPartner.Application.Common;

/// <summary>A <see cref="Result"/> that, when done, carries what the command made (an order's id, say).</summary>
public sealed class Result<T> : Result
{
    private Result(ResultStatus status, T? value, Refusal? refusal)
        : base(status, refusal)
    {
        Value = value;
    }

    /// <summary>What was made; default unless done.</summary>
    public T? Value { get; }

    public static Result<T> Done(T value) => new(ResultStatus.Done, value, null);

    public static new Result<T> NotFound() => new(ResultStatus.NotFound, default, null);

    public static new Result<T> Refused(RefusalCode code, params object[] values) => new(ResultStatus.Refused, default, new Refusal(code, null, values));

    public static new Result<T> Refused(Refusal refusal) => new(ResultStatus.Refused, default, refusal);

    public static implicit operator Result<T>(T value) => Done(value);

    public static implicit operator Result<T>(Refusal refusal) => Refused(refusal);
}
