namespace LearningPartner.Domain.Partners;

/// <summary>R-ORG-1: the facts a training company gives when it registers (legal name and country are the organisation's own).</summary>
public sealed record Registration(string Address, string Website, string TaxId, string ContactName, string ContactEmail);
