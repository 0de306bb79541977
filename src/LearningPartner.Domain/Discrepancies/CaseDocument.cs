namespace LearningPartner.Domain.Discrepancies;

/// <summary>A document attached to a case (R-DSC-3: an actual invoice), stored outside the web root under its key.</summary>
public sealed record CaseDocument(string FileName, string StorageKey);
