using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;

namespace LearningPartner.Application.HeldInvoices;

/// <summary>An invoice line a partner admin holds (its fields already checked as an import row's are), with its document.</summary>
public sealed record HeldInvoiceSubmission(string InvoiceNumber, int LineNumber, DateOnly InvoiceDate, string OmlpType, int Units, Money Revenue,
    UploadedFile? Document);
