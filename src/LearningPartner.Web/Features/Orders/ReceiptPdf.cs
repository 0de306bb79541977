using LearningPartner.Application.Orders;
using LearningPartner.Infrastructure.Documents;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Orders;

/// <summary>R-FEE-2, R-DATE-3: the receipt of a confirmed payment as a PDF, in the reader's language.</summary>
public static class ReceiptPdf
{
    public static string FileName(OrderReceipt receipt) => $"receipt-{receipt.OrderNumber}.pdf";

    public static byte[] Build(OrderReceipt receipt, IStringLocalizer l) =>
        new PdfSheet(l["Receipt for order {0}", receipt.OrderNumber])
            .Title(l["Receipt for order {0}", receipt.OrderNumber])
            .Paragraph(l["We received your payment for the order below; the option is active."])
            .Partner(l, receipt.Partner)
            .Field(l["Order number"], receipt.OrderNumber)
            .Field(l["Option"], OrderDocumentText.Option(l, receipt.Option))
            .Field(l["Amount received"], Display.Money(receipt.Amount))
            .Field(l["Currency"], receipt.Amount.Currency)
            .Field(l["Payment confirmed on"], Display.Date(receipt.ConfirmedOn))
            .Field(l["Activation date"], Display.Date(receipt.ActivationDate))
            .Field(l["Anniversary date"], Display.Date(receipt.AnniversaryDate))
            .ToArray();
}
