namespace LearningPartner.Web.Identity;

/// <summary>Which sign-in the portal runs with: Entra ID, or the local Development personas.</summary>
public sealed record SignInMode(bool UsesEntra)
{
    public bool OffersPersonas => !UsesEntra;
}
