using LearningPartner.Application.Orders;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Documents;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Orders;

/// <summary>R-FEE-3: the order confirmation / pro-forma as a PDF, for the partner's accountants, in the reader's language.</summary>
public static class OrderConfirmationPdf
{
    public static string FileName(OrderConfirmation order) => $"order-{order.OrderNumber}.pdf";

    public static byte[] Build(OrderConfirmation order, IStringLocalizer l)
    {
        var transfer = order.Transfer;
        var sheet = new PdfSheet(l["Order confirmation {0}", order.OrderNumber])
            .Title(l["Order confirmation {0}", order.OrderNumber])
            .Paragraph(l["Pro-forma: this is not a tax invoice."])
            .Partner(l, order.Partner)
            .Field(l["Order number"], order.OrderNumber)
            .Field(l["Order date"], Display.Date(order.OrderedOn))
            .Field(l["Option"], OrderDocumentText.Option(l, order.Option))
            .Field(l["Amount"], Display.Money(transfer.Amount))
            .Field(l["Pay by"], order.ExpiresOn is { } expires
                ? l["{0} (an unpaid order expires on {1})", Display.Date(expires.AddDays(-1)), Display.Date(expires)].Value
                : null)
            .Field(l["Status"], order.Status switch
            {
                OrderStatus.Paid => l["Paid"].Value,
                OrderStatus.Cancelled => l["Cancelled"].Value,
                _ => null,
            });

        sheet.Heading(l["Wire transfer instructions"]);
        if (transfer.Instructions is { } bank)
        {
            sheet.Paragraph(l["Transfer {0} to this account, with the transfer reference below, then upload your proof of payment.", Display.Money(transfer.Amount)])
                .Field(l["Beneficiary"], bank.Beneficiary)
                .Field(l["Bank"], bank.BankName)
                .Field(l["IBAN"], bank.Iban)
                .Field(l["Account number"], bank.AccountNumber)
                .Field(l["SWIFT/BIC"], bank.Swift)
                .Field(l["Bank address"], bank.BankAddress);
        }
        else
        {
            sheet.Paragraph(l["The program has no bank details for transfers in {0} at the moment. Please contact the program's support staff before paying.", transfer.Amount.Currency]);
        }

        return sheet.Field(l["Transfer reference"], transfer.Reference).ToArray();
    }
}
