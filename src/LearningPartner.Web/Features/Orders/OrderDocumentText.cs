using System.Globalization;
using LearningPartner.Application.Orders;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Documents;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Orders;

/// <summary>The parts both order documents share, in the reader's language.</summary>
internal static class OrderDocumentText
{
    public static string Option(IStringLocalizer l, OrderedOption option)
    {
        var level = RequirementText.Level(l, option.Level);
        var text = option.CompetencyName is { } competency
            ? $"{level} · {NamedRuleExtensions.NameIn(competency, option.CompetencyNameZh, CultureInfo.CurrentUICulture)}"
            : level;
        return option.Kind switch
        {
            OrderKind.Upgrade => $"{text} {l["(upgrade from silver)"]}",
            OrderKind.Renewal => $"{text} {l["(renewal)"]}",
            _ => text,
        };
    }

    public static PdfSheet Partner(this PdfSheet sheet, IStringLocalizer l, DocumentParty partner) =>
        sheet.Field(l["Partner"], partner.Name)
            .Field(l["Partner id"], partner.PartnerId)
            .Field(l["Address"], partner.Address);
}
