namespace LearningPartner.Infrastructure.Storage;

/// <summary>Section "Storage": where uploaded files live — outside the web root, never served as static files.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Relative paths are taken from the content root.</summary>
    public string DocumentsPath { get; set; } = "App_Data/documents";
}
