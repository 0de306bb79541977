using LearningPartner.Application.Common;

namespace LearningPartner.Application.HeldInvoices;

/// <summary>A partner's submitted held invoices, newest first, and the OMLP types a new one can have.</summary>
public sealed record PartnerHeldInvoices(PartnerContext Partner, IReadOnlyList<HeldInvoiceRow> Invoices, IReadOnlyList<OmlpChoice> OmlpTypes);
