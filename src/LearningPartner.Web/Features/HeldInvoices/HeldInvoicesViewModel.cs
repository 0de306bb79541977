using LearningPartner.Application.HeldInvoices;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>The held invoices page: the partner's submissions and the form to submit one.</summary>
public sealed record HeldInvoicesViewModel(PartnerHeldInvoices List, HeldInvoiceInput NewInvoice);
