using LearningPartner.Application.Directory;

namespace LearningPartner.Web.Features.DirectoryApi;

/// <summary>A published partner in GET /api/v1/directory: what the public page shows, nothing more.</summary>
public sealed record DirectoryPartnerDto(string Name, string CountryCode, bool LearningActionPack, IReadOnlyList<string> Silver, IReadOnlyList<string> Gold,
    string LandingPageUrl);

/// <summary>GET /api/v1/directory: one page of published partners in their stable order (name, then partner).</summary>
public sealed record DirectoryPageDto(int Total, int Page, int PageSize, int PageCount, IReadOnlyList<DirectoryPartnerDto> Partners)
{
    public static DirectoryPageDto From(DirectoryResult result) => new(result.Total, result.Query.Page, result.Query.PageSize, result.PageCount,
        result.Entries.Select(e => new DirectoryPartnerDto(e.DisplayName, e.CountryCode, e.Level.LearningActionPack, e.Level.Silver, e.Level.Gold,
            e.LandingPageUrl)).ToList());
}
