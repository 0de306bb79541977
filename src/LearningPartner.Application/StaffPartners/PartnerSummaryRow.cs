namespace LearningPartner.Application.StaffPartners;

public sealed record PartnerSummaryRow(string PartnerId, string Name, string CountryCode, int Users, int Trainers, int InvoiceLines);
