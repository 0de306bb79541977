using System.Text.RegularExpressions;

namespace LearningPartner.Domain.Trainers;

/// <summary>How MCT ids and exam codes are written, wherever a person or a file gives one (claim forms, roster and exam imports).</summary>
public static partial class FactFormat
{
    public const string MctIdPattern = "^[A-Za-z0-9-]{3,32}$";

    public const string ExamCodePattern = "^[A-Za-z]{2,3}-[0-9]{3}$";

    public static bool IsMctId(string value) => MctId().IsMatch(value);

    public static bool IsExamCode(string value) => ExamCode().IsMatch(value);

    [GeneratedRegex(MctIdPattern)]
    private static partial Regex MctId();

    [GeneratedRegex(ExamCodePattern)]
    private static partial Regex ExamCode();
}
