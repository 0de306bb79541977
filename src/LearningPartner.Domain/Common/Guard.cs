namespace LearningPartner.Domain.Common;

/// <summary>Programmer-error checks for entity invariants; user input is validated at the edge.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is required.", name);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string name) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, maxLength, name);
}
