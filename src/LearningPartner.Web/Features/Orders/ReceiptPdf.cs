using LearningPartner.Application.Orders;
using LearningPartner.Infrastructure.Documents;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Orders;

/// <summary>R-FEE-2, R-FEE-3, R-DATE-3: the receipt of a confirmed payment as a PDF, in the reader's language.</summary>
public static class ReceiptPdf
{
    public static string FileName(OrderReceipt receipt) => $"receipt-{receipt.OrderNumber}.pdf";

    /// <summary>
    /// R-FEE-3: the figures support recorded from the bank statement — an accepted short or other-currency amount as it
    /// arrived, beside the order's price. A payment confirmed before those figures were recorded gives its confirmation day.
    /// </summary>
    public static byte[] Build(OrderReceipt receipt, IStringLocalizer l) =>
        new PdfSheet(l["Receipt for order {0}", receipt.OrderNumber])
            .Title(l["Receipt for order {0}", receipt.OrderNumber])
            .Paragraph(l["We received your payment for the order below; the option is active."])
            .Partner(l, receipt.Partner)
            .Field(l["Order number"], receipt.OrderNumber)
            .Field(l["Option"], OrderDocumentText.Option(l, receipt.Option))
            .Field(l["Price"], Display.Money(receipt.Price))
            .Field(l["Amount received"], receipt.Received is { } received ? Display.Money(received.Amount) : null)
            .Field(l["Currency"], receipt.Received?.Amount.Currency)
            .Field(l["Value date"], receipt.Received is { } value ? Display.Date(value.ValueDate) : null)
            .Field(l["Bank reference"], receipt.Received?.BankReference)
            .Field(l["Payment confirmed on"], receipt.Received is null ? Display.Date(receipt.ConfirmedOn) : null)
            .Field(l["Activation date"], Display.Date(receipt.ActivationDate))
            .Field(l["Anniversary date"], Display.Date(receipt.AnniversaryDate))
            .ToArray();
}
