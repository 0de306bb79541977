namespace LearningPartner.Application.Registration;

/// <summary>R-ORG-1: a training company's registration as validated at the edge.</summary>
public sealed record RegisterCompany(string LegalName, string CountryCode, string Address, string Website, string TaxId, string ContactName,
    string ContactEmail);

/// <summary>The signed-in person registering: they become the organisation's first partner admin (R-ORG-1, ADR-012).</summary>
public sealed record Registrant(string TenantId, string ObjectId, string DisplayName, string Email);
