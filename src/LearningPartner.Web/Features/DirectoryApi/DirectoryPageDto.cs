using LearningPartner.Application.Directory;

namespace LearningPartner.Web.Features.DirectoryApi;

/// <summary>A competency a partner holds, as the directory shows it: its code (the filter's value), name and level.</summary>
public sealed record DirectoryCompetencyDto(string Code, string Name, string Level);

/// <summary>
/// A published partner in GET /api/v1/directory and /api/v1/directory/{partnerId}: what its public page shows, nothing more
/// (issue 24). <c>pageUrl</c> and <c>logoUrl</c> are paths on the portal.
/// </summary>
public sealed record DirectoryPartnerDto(string PartnerId, string Name, string CountryCode, bool LearningActionPack, IReadOnlyList<string> Silver,
    IReadOnlyList<string> Gold, IReadOnlyList<DirectoryCompetencyDto> Competencies, string LandingPageUrl, string? Description, string PageUrl,
    string? LogoUrl)
{
    public static DirectoryPartnerDto From(DirectoryEntry e, Func<DirectoryEntry, string> pageUrl, Func<DirectoryEntry, string> logoUrl)
    {
        var names = e.Level;
        return new DirectoryPartnerDto(e.PartnerId, e.DisplayName, e.CountryCode, names.LearningActionPack, names.Silver, names.Gold,
            [.. names.GoldCodes.Select(c => new DirectoryCompetencyDto(c, CompetencyName(e, c), "gold")),
                .. names.SilverCodes.Select(c => new DirectoryCompetencyDto(c, CompetencyName(e, c), "silver"))],
            e.LandingPageUrl, e.Description, pageUrl(e), e.HasLogo ? logoUrl(e) : null);
    }

    private static string CompetencyName(DirectoryEntry e, string code) => e.Level.CompetencyNames.GetValueOrDefault(code, code);
}

/// <summary>GET /api/v1/directory: one page of published partners in their stable order (name, then partner).</summary>
public sealed record DirectoryPageDto(int Total, int Page, int PageSize, int PageCount, IReadOnlyList<DirectoryPartnerDto> Partners)
{
    public static DirectoryPageDto From(DirectoryResult result, Func<DirectoryEntry, string> pageUrl, Func<DirectoryEntry, string> logoUrl) =>
        new(result.Total, result.Query.Page, result.Query.PageSize, result.PageCount,
            result.Entries.Select(e => DirectoryPartnerDto.From(e, pageUrl, logoUrl)).ToList());
}
