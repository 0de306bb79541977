using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace LearningPartner.Web.Startup;

/// <summary>
/// The OpenAPI document at /openapi/v1.json (issues 8 and 24): the /api/v1 operations only, each with a summary, a
/// description and an operationId (on the action), its parameters typed as the API reads them, its problem responses
/// with their traceId, and the session cookie as the security scheme. Numbers are numbers: a generated client must not
/// type them <c>number | string</c>.
/// </summary>
internal static class ApiDocumentSetup
{
    public const string DocumentName = "v1";

    /// <summary>The security scheme's name in the document: the portal's session cookie (the pages' sign-in).</summary>
    public const string SessionScheme = "portalSession";

    public static IServiceCollection AddPortalApiDocument(this IServiceCollection services)
    {
        // ASP.NET Core's web defaults read "12" as 12 (AllowReadingFromString), and the schema generator then describes
        // every number as integer-or-string. The API reads no JSON bodies, so strict handling changes nothing on the wire.
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.Configure<JsonOptions>(o => o.JsonSerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer(DescribePortal);
            o.AddDocumentTransformer(PublicAddressSetup.NameTheServer);
            o.AddOperationTransformer(DescribeOperation);
            o.AddSchemaTransformer(DescribeProblem);
        });
        return services;
    }

    private static Task DescribePortal(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var cookie = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.Name;
        document.Info = new OpenApiInfo
        {
            Title = "Learning Partner Portal API",
            Version = "1.0.0",
            Summary = "Read a learning partner's KPI report and requirement checks, and the public partner directory.",
            Description = "Version 1 of the portal's read API. A partner's people read their own organisation and staff read every "
                + "organisation, with the same session as the pages (in production the Entra ID sign-in); the directory is public. "
                + "Errors are RFC 9457 problem details with a `traceId` to quote to support. Dates are ISO 8601 dates (YYYY-MM-DD).",
            License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://www.microsoft.com/en-us/legal/terms-of-use") },
        };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = ApiTags.Partners, Description = "A partner's KPI report and its requirement checks (sign-in required)." },
            new() { Name = ApiTags.Directory, Description = "The public partner directory (anonymous, rate limited)." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = cookie,
            Description = "The portal's session cookie, set by signing in to the portal (Entra ID in production).",
        };
        return Task.CompletedTask;
    }

    /// <summary>
    /// Parameters read as text (so that a wrong value is a 400 problem naming it, not a framework error) are described by what
    /// they accept; anonymous operations need no session, the others name the session scheme.
    /// </summary>
    private static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (ApiParameters.Find(parameter.Name) is { } described)
            {
                parameter.Description = described.Description;
                parameter.Schema = described.Schema();
            }
        }

        // A problem answer is application/problem+json only; the formatter adds the other types without a schema.
        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            foreach (var empty in response.Content?.Where(c => c.Value.Schema is null).Select(c => c.Key).ToList() ?? [])
            {
                response.Content!.Remove(empty);
            }
        }

        var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        operation.Security = anonymous
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [] }];
        return Task.CompletedTask;
    }

    /// <summary>Every problem response carries the request's trace id (ASP.NET Core's problem details service adds it).</summary>
    private static Task DescribeProblem(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(ProblemDetails))
        {
            schema.Description = "An RFC 9457 problem: what went wrong (title), why (detail), and the trace id to quote to support.";
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["traceId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The W3C trace id of the request, as in the portal's logs.",
                Examples = [JsonValue.Create("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")],
            };
        }

        return Task.CompletedTask;
    }
}
