namespace LearningPartner.Web.Features.Error;

public sealed record ErrorViewModel(int StatusCode, string RequestId)
{
    public bool IsNotFound => StatusCode == StatusCodes.Status404NotFound;

    public bool IsForbidden => StatusCode == StatusCodes.Status403Forbidden;

    public bool IsBadRequest => StatusCode == StatusCodes.Status400BadRequest;

    /// <summary>A body over <see cref="Common.UploadFormAttribute.MaxRequestBytes"/>: the one upload not answered beside its field.</summary>
    public bool IsTooLarge => StatusCode == StatusCodes.Status413PayloadTooLarge;
}
