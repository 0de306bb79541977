namespace LearningPartner.Domain.Partners;

/// <summary>
/// R-ORG-1: the program agreement an organisation must have accepted before ordering. An organisation that has accepted
/// a version (every registered one has) accepts again when the configured version differs from its latest; one that
/// joined before acceptances were recorded is bound by its paper agreement until it first accepts in the portal (ADR-015).
/// </summary>
public static class AgreementRules
{
    public static bool MustAccept(string configuredVersion, string? latestAcceptedVersion, bool registeredInPortal) =>
        latestAcceptedVersion is null
            ? registeredInPortal
            : !string.Equals(latestAcceptedVersion, configuredVersion, StringComparison.Ordinal);
}
