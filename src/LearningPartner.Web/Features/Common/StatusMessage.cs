using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LearningPartner.Web.Features.Common;

/// <summary>A one-time confirmation shown after a Post/Redirect/Get.</summary>
public static class StatusMessage
{
    private const string Key = "StatusMessage";

    public static void SetStatus(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeStatus(this ITempDataDictionary tempData) => tempData[Key] as string;
}
