using System.Globalization;
using LearningPartner.Infrastructure.RuleSets;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// Issue 24, ADR-019: the names the program-year rule sets give competencies, KPI categories, OMLP types and markets, in the
/// reader's language (the request's UI culture), by their codes. Pages show these, never the codes nor a name in English
/// to a Chinese reader; the API keeps the English names and codes.
/// </summary>
public sealed class RuleSetNames(RuleSetCatalogProvider catalogs)
{
    /// <summary>A competency's name; nothing for no competency (the Learning Action Pack has none).</summary>
    public string Competency(string? code) => code is null ? string.Empty : catalogs.Catalog.CompetencyName(code, CultureInfo.CurrentUICulture);

    public string Category(string code) => catalogs.Catalog.CategoryName(code, CultureInfo.CurrentUICulture);

    public string OmlpType(string code) => catalogs.Catalog.OmlpTypeName(code, CultureInfo.CurrentUICulture);

    public string Market(string code) => catalogs.Catalog.MarketName(code, CultureInfo.CurrentUICulture);

    /// <summary>Competencies' names, in the reader's alphabetical order, joined by commas ("Cloud Platform, Security").</summary>
    public string CompetencyList(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => Competency(c)).Order(StringComparer.Create(CultureInfo.CurrentUICulture, true)));

    /// <summary>An option's competency after its level ("Silver · 云平台"); nothing for the Learning Action Pack.</summary>
    public string AfterLevel(string? competencyCode) => competencyCode is null ? string.Empty : " · " + Competency(competencyCode);
}
