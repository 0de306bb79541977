using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningPartner.Web.Features.Common;

/// <summary>The result of a form's command: success, or messages to show beside the fields.</summary>
public sealed record FormOutcome(IReadOnlyDictionary<string, string> FieldErrors)
{
    public static readonly FormOutcome Success = new(new Dictionary<string, string>());

    public bool Succeeded => FieldErrors.Count == 0;

    /// <summary>An error not tied to one field (shown in the form's summary).</summary>
    public static FormOutcome Failure(string message) => Field(string.Empty, message);

    public static FormOutcome Field(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    public void CopyTo(ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, message) in FieldErrors)
        {
            modelState.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", message);
        }
    }
}
