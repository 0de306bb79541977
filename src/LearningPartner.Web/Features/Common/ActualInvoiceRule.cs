using FluentValidation;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

public static class ActualInvoiceRule
{
    /// <summary>
    /// R-KPI-3, R-DSC-3: the document must be an actual invoice; an order confirmation or a partner statement is refused
    /// with a message saying why.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeAnActualInvoice<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> localizer) =>
        rule.NotEmpty().WithMessage(_ => localizer["Choose what the document is."])
            .Must(v => v != DocumentTypes.OrderConfirmation)
            .WithMessage(_ => localizer["An order confirmation is not an invoice: only actual invoices count as KPI."])
            .Must(v => v != DocumentTypes.PartnerStatement)
            .WithMessage(_ => localizer["A partner statement is not an invoice: only actual invoices count as KPI."])
            .Must(v => DocumentTypes.All.Contains(v))
            .WithMessage(_ => localizer["Choose what the document is."]);
}
