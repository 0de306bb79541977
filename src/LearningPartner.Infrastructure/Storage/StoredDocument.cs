namespace LearningPartner.Infrastructure.Storage;

/// <summary>An uploaded document opened for download: its content, its detected type and the name it was uploaded as.</summary>
public sealed record StoredDocument(Stream Content, string ContentType, string FileName);
