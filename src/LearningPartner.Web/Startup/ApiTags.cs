namespace LearningPartner.Web.Startup;

/// <summary>The groups of the API document's operations (issue 24), each described in <see cref="ApiDocumentSetup"/>.</summary>
internal static class ApiTags
{
    public const string Partners = "Partners";

    public const string Directory = "Directory";
}
