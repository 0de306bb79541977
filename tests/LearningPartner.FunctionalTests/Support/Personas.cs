namespace LearningPartner.FunctionalTests.Support;

/// <summary>The demo persona keys, as the sign-in page offers them (written out, not read from the app).</summary>
public static class Personas
{
    public const string ContosoAdmin = "contoso-admin";
    public const string ContosoUser = "contoso-user";
    public const string ContosoViewer = "contoso-viewer";
    public const string FabrikamAdmin = "fabrikam-admin";
    public const string NorthwindAccountAdmin = "northwind-account-admin";
    public const string WoodgroveAdmin = "woodgrove-admin";
    public const string TailwindAdmin = "tailwind-admin";

    /// <summary>R-ORG-1: signed in, in its own tenant, with no membership: offered sign-up.</summary>
    public const string Newcomer = "newcomer";
    public const string Support = "support";
    public const string Editor = "editor";

    /// <summary>The demo operator's home tenant: the only one whose app roles grant staff roles (R-ROLE-6).</summary>
    public const string HomeTenantId = "0b5e7a10-1d2c-4e3f-8a9b-000000000001";

    /// <summary>Contoso's own tenant (its people sign in with Contoso work accounts).</summary>
    public const string ContosoTenantId = "0b5e7a10-1d2c-4e3f-8a9b-0000000c0501";

    public const string ContosoPartnerId = "4100001";
    public const string FabrikamPartnerId = "4100002";
    public const string NorthwindPartnerId = "4100003";

    /// <summary>R-ORG-1: registered, pending verification (Tailwind's admin is <see cref="TailwindAdmin"/>).</summary>
    public const string TailwindPartnerId = "4100007";

    /// <summary>R-ORG-1: a pending registration that looks like Contoso's.</summary>
    public const string ContosoLookalikePartnerId = "4100008";
}
