namespace LearningPartner.Application.Common;

/// <summary>A file as the browser sent it: its name, its declared length, and its content to read once checked.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> OpenRead);
