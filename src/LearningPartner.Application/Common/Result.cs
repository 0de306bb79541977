namespace LearningPartner.Application.Common;

/// <summary>
/// What a command answers, in one shape for every use case: done, not found (the thing it names is not there, or not
/// this partner's), or refused with a <see cref="Refusal"/>. The web layer turns a refusal's code into words beside the
/// field it names; the application layer writes no sentence a user reads.
/// </summary>
public class Result
{
    private static readonly Result DoneResult = new(ResultStatus.Done, null);
    private static readonly Result NotFoundResult = new(ResultStatus.NotFound, null);

    protected Result(ResultStatus status, Refusal? refusal)
    {
        Status = status;
        Refusal = refusal;
    }

    public ResultStatus Status { get; }

    /// <summary>Why the command was refused; null unless <see cref="Status"/> is <see cref="ResultStatus.Refused"/>.</summary>
    public Refusal? Refusal { get; }

    public bool IsDone => Status == ResultStatus.Done;

    public bool IsNotFound => Status == ResultStatus.NotFound;

    public bool IsRefused => Status == ResultStatus.Refused;

    public static Result Done() => DoneResult;

    public static Result NotFound() => NotFoundResult;

    public static Result Refused(RefusalCode code, params object[] values) => new(ResultStatus.Refused, new Refusal(code, null, values));

    public static Result Refused(Refusal refusal) => new(ResultStatus.Refused, refusal);

    public static implicit operator Result(Refusal refusal) => Refused(refusal);
}
