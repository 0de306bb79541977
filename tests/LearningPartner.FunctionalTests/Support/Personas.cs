namespace LearningPartner.FunctionalTests.Support;

/// <summary>The demo persona keys, as the sign-in page offers them (written out, not read from the app).</summary>
public static class Personas
{
    public const string ContosoAdmin = "contoso-admin";
    public const string ContosoUser = "contoso-user";
    public const string FabrikamAdmin = "fabrikam-admin";
    public const string NorthwindAccountAdmin = "northwind-account-admin";
    public const string WoodgroveAdmin = "woodgrove-admin";
    public const string Support = "support";
    public const string Editor = "editor";

    public const string ContosoPartnerId = "4100001";
    public const string FabrikamPartnerId = "4100002";
    public const string NorthwindPartnerId = "4100003";
}
