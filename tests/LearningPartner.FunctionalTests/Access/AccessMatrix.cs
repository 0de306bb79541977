using LearningPartner.FunctionalTests.Support;
using static LearningPartner.FunctionalTests.Access.Expect;

namespace LearningPartner.FunctionalTests.Access;

/// <summary>
/// Every GET route × persona → expected outcome, written by hand (R-ROLE-1..4). A route the portal serves that
/// is missing here fails <see cref="AccessMatrixTests.EveryGetRouteIsInTheMatrix"/>, so no route ships without its rule.
/// </summary>
public static class AccessMatrix
{
    /// <summary>Column order of <see cref="Rows"/>: anonymous first.</summary>
    public static readonly string?[] PersonaColumns =
        [null, Personas.ContosoUser, Personas.ContosoAdmin, Personas.FabrikamAdmin, Personas.Support, Personas.Editor];

    public static readonly AccessRow[] Rows =
    [
        //                                                         anonymous contoso-user contoso-admin fabrikam-admin support editor
        new("", "/",                                               [Ok,      Ok,          Ok,           Ok,            Ok,     Ok]),
        new("resources", "/resources",                             [Ok,      Ok,          Ok,           Ok,            Ok,     Ok]),
        new("account/sign-in", "/account/sign-in",                 [Ok,      Ok,          Ok,           Ok,            Ok,     Ok]),
        new("account/access-denied", "/account/access-denied",     [Denied,  Denied,      Denied,       Denied,        Denied, Denied]),
        new("dashboard", "/dashboard",                             [SignIn,  Redirect,    Redirect,     Redirect,      Redirect, Redirect]),
        new("partners/{partnerId}", "/partners/4100001",           [SignIn,  Ok,          Ok,           NotFound,      Ok,     Ok]),
        new("partners/{partnerId}", "/partners/4100002",           [SignIn,  NotFound,    NotFound,     Ok,            Ok,     Ok]),
        new("partners/{partnerId}", "/partners/4199999",           [SignIn,  NotFound,    NotFound,     NotFound,      NotFound, NotFound]),
        new("partners/{partnerId}/requirements", "/partners/4100001/requirements", [SignIn, Ok, Ok, NotFound, Ok, Ok]),
        new("partners/{partnerId}/requirements", "/partners/4100002/requirements?asOf=2026-01-31", [SignIn, NotFound, NotFound, Ok, Ok, Ok]),
        new("staff/rule-sets", "/staff/rule-sets",                 [SignIn,  Denied,      Denied,       Denied,        Ok,     Ok]),
        new("staff/rule-sets/{programYear}/{version:int}", "/staff/rule-sets/FY2027/1", [SignIn, Denied, Denied, Denied, Ok, Ok]),
        new("staff/partners", "/staff/partners",                   [SignIn,  Denied,      Denied,       Denied,        Ok,     Ok]),
        new("staff/partner-users", "/staff/partner-users",         [SignIn,  Denied,      Denied,       Denied,        Ok,     Denied]),
        new("resources/{kind}/edit", "/resources/EnrollmentGuide/edit", [SignIn, Denied,  Denied,       Denied,        Ok,     Denied]),
        new("error", "/error",                                     [ServerError, ServerError, ServerError, ServerError, ServerError, ServerError]),
        new("error/{statusCode:int}", "/error/404",                [NotFound, NotFound,   NotFound,     NotFound,      NotFound, NotFound]),
    ];

    public static IEnumerable<object?[]> Cases() =>
        Rows.SelectMany(row => PersonaColumns.Select((persona, i) => new object?[] { row.Url, persona, row.Expected[i] }));
}

public sealed record AccessRow(string RoutePattern, string Url, Expect[] Expected);
