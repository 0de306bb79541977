using System.Text.Json.Nodes;
using LearningPartner.Application.Directory;
using Microsoft.OpenApi;

namespace LearningPartner.Web.Startup;

/// <summary>
/// What each /api/v1 parameter accepts, for the API document (issue 24). The actions read them as text so that a value
/// they do not understand is a 400 problem naming it; the document says what they understand: dates as dates, integers
/// as integers, the levels as an enumeration.
/// </summary>
internal sealed record ApiParameters(string Name, string Description, Func<OpenApiSchema> Schema)
{
    private static readonly ApiParameters[] All =
    [
        new("partnerId", "The partner's id (its Partner Center partner id), e.g. 4100001. Another organisation's answers 404.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{1,10}$", Examples = [JsonValue.Create("4100001")] }),
        new("listedPartnerId", "A listed partner's id (its Partner Center partner id), e.g. 4100001. A partner the directory does not show "
            + "today answers 404.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{1,10}$", Examples = [JsonValue.Create("4100001")] }),
        new("asOf", "The day to answer as of, YYYY-MM-DD: today or earlier. Default: today.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Examples = [JsonValue.Create("2026-11-25")] }),
        new("q", "Part of a partner's name; case and accents are ignored. At most 100 characters.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 }),
        new("country", "A country or region as its ISO 3166-1 alpha-2 code, e.g. US.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z]{2}$", Examples = [JsonValue.Create("US")] }),
        new("level", "Only partners holding this level: lap (Learning Action Pack), silver or gold.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("lap"), JsonValue.Create("silver"), JsonValue.Create("gold")] }),
        // The competencies are the program year's (FY2022 still had COLLABORATION-AND-CONTENT), so a pattern, not an enumeration.
        new("competency", "Only partners holding this competency at silver or gold — with level silver or gold, at that level "
            + "(level=gold&competency=DATA-PLATFORM: gold in Data Platform). The competency's code as the eligibility answer gives it, in "
            + "any case; one of the current program year's, else 400.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", MaxLength = 50,
                Examples = [JsonValue.Create("DATA-PLATFORM")] }),
        new("page", "The page, from 1. Default: 1.",
            () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = JsonValue.Create(1) }),
        new("pageSize", $"Partners per page, 1 to {DirectoryQuery.MaxPageSize}. Default: {DirectoryQuery.DefaultPageSize}.",
            () => new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = "1",
                Maximum = DirectoryQuery.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Default = JsonValue.Create(DirectoryQuery.DefaultPageSize),
            }),
    ];

    public static ApiParameters? Find(string? name) => All.FirstOrDefault(p => p.Name == name);
}
