namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// R-DIR-3's three conditions of the landing page: only about this partner, no competitors, owned by this partner.
/// The partner attests them with its request; the editor confirms each before approving.
/// </summary>
public sealed record ListingAttestation(bool OnlyAboutThePartner, bool NoCompetitors, bool OwnedByThePartner)
{
    public bool IsComplete => OnlyAboutThePartner && NoCompetitors && OwnedByThePartner;
}
