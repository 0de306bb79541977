using LearningPartner.Infrastructure.Seeding;

namespace LearningPartner.Web.Identity;

/// <summary>
/// The operator's own Entra tenant (R-ROLE-6, ADR-012): only tokens it issued grant staff roles. Any organisation may sign
/// in to a multi-tenant app, and an administrator of any tenant can assign the portal's app roles to anyone in it.
/// </summary>
public sealed record HomeTenant(string TenantId)
{
    public const string SettingKey = "AzureAd:HomeTenantId";

    public bool Issued(string? tenantId) => string.Equals(tenantId, TenantId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>AzureAd:HomeTenantId</c>; for a single-tenant app its <c>AzureAd:TenantId</c>; with the local personas the demo
    /// operator's tenant. A multi-tenant app (<c>organizations</c>, <c>common</c>) without it refuses to start.
    /// </summary>
    public static HomeTenant Resolve(IConfiguration configuration, bool usesEntra)
    {
        var home = configuration[SettingKey];
        if (!string.IsNullOrWhiteSpace(home))
        {
            return Guid.TryParse(home, out var id)
                ? new HomeTenant(id.ToString("D"))
                : throw new InvalidOperationException($"{SettingKey} '{home}' is not a tenant id (a GUID). See docs/operations.md.");
        }

        if (!usesEntra)
        {
            return new HomeTenant(DemoPersonas.HomeTenantId);
        }

        var tenant = configuration["AzureAd:TenantId"];
        return Guid.TryParse(tenant, out var single)
            ? new HomeTenant(single.ToString("D"))
            : throw new InvalidOperationException(
                $"AzureAd:TenantId is '{tenant}': the portal signs in people of any organisation, so it must know its own. Set "
                + $"{SettingKey} (e.g. the environment variable AzureAd__HomeTenantId) to the operator's tenant id: only that "
                + "tenant's app roles grant staff roles. See docs/operations.md.");
    }
}
