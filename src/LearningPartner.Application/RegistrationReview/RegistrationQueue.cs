using LearningPartner.Domain.Partners;

namespace LearningPartner.Application.RegistrationReview;

/// <summary>R-ORG-1: the registrations waiting for support staff, each with its application facts and possible duplicates.</summary>
public sealed record RegistrationQueue(IReadOnlyList<PendingRegistration> Pending);

public sealed record PendingRegistration(int Id, string PartnerId, string LegalName, string CountryCode, string Address, string Website, string TaxId,
    string ContactName, string ContactEmail, DateTimeOffset RegisteredAt, string? AgreementVersion, string? AcceptedBy,
    IReadOnlyList<PossibleDuplicate> PossibleDuplicates);
