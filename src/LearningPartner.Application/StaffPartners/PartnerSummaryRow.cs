using LearningPartner.Domain.Partners;

namespace LearningPartner.Application.StaffPartners;

/// <param name="Verification">R-ORG-1: pending, rejected or verified (demo and imported organisations count as verified).</param>
public sealed record PartnerSummaryRow(string PartnerId, string Name, string CountryCode, int Users, int Trainers, int InvoiceLines,
    VerificationStatus Verification);
