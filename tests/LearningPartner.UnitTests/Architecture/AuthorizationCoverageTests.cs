using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.UnitTests.Architecture;

/// <summary>Every controller action names a policy or says [AllowAnonymous]; a plain [Authorize] is not enough.</summary>
public sealed class AuthorizationCoverageTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void EveryActionHasAPolicyOrAllowAnonymous()
    {
        var unprotected = Actions()
            .Where(a => !HasAllowAnonymous(a) && !HasNamedPolicy(a))
            .Select(a => $"{a.DeclaringType!.Name}.{a.Name}")
            .ToList();

        Assert.True(unprotected.Count == 0, "Actions without a named policy or [AllowAnonymous]: " + string.Join(", ", unprotected));
    }

    [Fact]
    public void ThereAreActionsToCheck() => Assert.True(Actions().Count() >= 10);

    [Fact]
    public void EveryPolicyNamedByAnActionIsRegistered()
    {
        var options = new AuthorizationOptions();
        LearningPartner.Web.Identity.PortalPolicies.Register(options);

        var missing = Actions()
            .SelectMany(a => Authorize(a).Select(x => x.Policy))
            .Where(p => p is not null && options.GetPolicy(p) is null)
            .ToList();

        Assert.Empty(missing);
    }

    private static IEnumerable<MethodInfo> Actions() =>
        Web.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null);

    private static bool HasAllowAnonymous(MethodInfo action) =>
        action.GetCustomAttribute<AllowAnonymousAttribute>() is not null
        || action.DeclaringType!.GetCustomAttribute<AllowAnonymousAttribute>() is not null;

    private static bool HasNamedPolicy(MethodInfo action) => Authorize(action).Any(a => !string.IsNullOrEmpty(a.Policy));

    private static IEnumerable<AuthorizeAttribute> Authorize(MethodInfo action) =>
        action.GetCustomAttributes<AuthorizeAttribute>().Concat(action.DeclaringType!.GetCustomAttributes<AuthorizeAttribute>());
}
