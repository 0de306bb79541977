using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Issue 11 (ASVS V16): every refused authorization is logged — who (object id, never a token), which route, which policy —
/// then answered as the framework would (sign-in, access denied, 401/403).
/// </summary>
internal sealed class LoggingAuthorizationResultHandler(ILogger<LoggingAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            logger.LogWarning("Authorization refused ({Outcome}) for {User} on {Method} {Path}: {Requirements}",
                authorizeResult.Forbidden ? "forbidden" : "not signed in", context.User.PortalObjectId() ?? "anonymous", context.Request.Method,
                context.Request.Path.Value, string.Join(", ", policy.Requirements.Select(r => r.GetType().Name)));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
