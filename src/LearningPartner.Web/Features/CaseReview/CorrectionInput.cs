using System.Globalization;
using LearningPartner.Application.CaseReview;
using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.CaseReview;

/// <summary>Support's correction (R-DSC-2): a record superseded by the values given, or a missing record added; a reason always.</summary>
public sealed class CorrectionInput : IInvoiceLineFields
{
    /// <summary>The current KPI record to supersede; null to add a missing one.</summary>
    public long? LineId { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? LineNumber { get; set; }

    public string? InvoiceDate { get; set; }

    public string? OmlpType { get; set; }

    public string? Units { get; set; }

    public string? Revenue { get; set; }

    public string? Currency { get; set; }

    /// <summary>Why: recorded in the audit trail and shown to the partner as the case's reply.</summary>
    public string? Reason { get; set; }

    /// <summary>A new form, pre-filled: with the record's values, or with the claim's for a missing record.</summary>
    public static CorrectionInput For(CorrectionTarget target)
    {
        if (target.Record is { } record)
        {
            return new CorrectionInput
            {
                LineId = record.Id,
                InvoiceNumber = record.InvoiceNumber,
                LineNumber = record.LineNumber.ToString(CultureInfo.InvariantCulture),
                InvoiceDate = DateInput.Format(record.InvoiceDate),
                OmlpType = record.OmlpType,
                Units = record.Units.ToString(CultureInfo.InvariantCulture),
                Revenue = record.Revenue.Amount.ToString("0.00##", CultureInfo.InvariantCulture),
                Currency = record.Revenue.Currency,
            };
        }

        var claim = target.Case.Claim;
        return new CorrectionInput
        {
            InvoiceNumber = claim.InvoiceNumber,
            LineNumber = target.NextLineNumber.ToString(CultureInfo.InvariantCulture),
            OmlpType = claim.OmlpType,
            Units = claim.UnitsPurchased.ToString(CultureInfo.InvariantCulture),
            Revenue = claim.RevenueValue.Amount.ToString("0.00##", CultureInfo.InvariantCulture),
            Currency = claim.RevenueValue.Currency,
        };
    }

    /// <summary>The validated input as the use case takes it.</summary>
    public Correction ToCorrection()
    {
        InvoiceFieldFormat.TryUnits(Units, out var units);
        InvoiceFieldFormat.TryRevenue(Revenue, out var amount);
        int? lineNumber = InvoiceFieldFormat.TryLineNumber(LineNumber, out var number) ? number : null;
        return new Correction(LineId, InvoiceNumber, lineNumber, DateInput.Parse(InvoiceDate!), OmlpType!, units,
            new Money(amount, Currency!.Trim().ToUpperInvariant()), Reason!);
    }
}
