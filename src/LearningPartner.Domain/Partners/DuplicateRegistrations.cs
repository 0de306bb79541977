namespace LearningPartner.Domain.Partners;

/// <summary>Why staff should look at another organisation before verifying a registration (R-ORG-1).</summary>
public enum DuplicateReason
{
    SameTaxId,
    SameWebsiteDomain,
    SimilarNameSameCountry,
}

/// <summary>An organisation as the duplicate check compares it.</summary>
public sealed record CompanyFacts(string PartnerId, string Name, string CountryCode, string? TaxId, string? Website);

/// <summary>Another organisation that may be the same company, and every reason it may be.</summary>
public sealed record PossibleDuplicate(CompanyFacts Other, IReadOnlyList<DuplicateReason> Reasons);

/// <summary>
/// R-ORG-1: possible duplicates of a registration beside it in staff's queue — the same tax id, the same website domain,
/// or a nearly identical name in the same country. A pure function of the facts compared.
/// </summary>
public static class DuplicateRegistrations
{
    public static IReadOnlyList<PossibleDuplicate> Find(CompanyFacts candidate, IEnumerable<CompanyFacts> others)
    {
        var taxId = TaxIdKey(candidate.TaxId);
        var domain = Websites.Domain(candidate.Website);
        var found = new List<PossibleDuplicate>();
        foreach (var other in others.Where(o => o.PartnerId != candidate.PartnerId))
        {
            var reasons = new List<DuplicateReason>();
            if (taxId is not null && taxId == TaxIdKey(other.TaxId))
            {
                reasons.Add(DuplicateReason.SameTaxId);
            }

            if (domain is not null && domain == Websites.Domain(other.Website))
            {
                reasons.Add(DuplicateReason.SameWebsiteDomain);
            }

            if (candidate.CountryCode == other.CountryCode && CompanyNames.AreNearlyIdentical(candidate.Name, other.Name))
            {
                reasons.Add(DuplicateReason.SimilarNameSameCountry);
            }

            if (reasons.Count > 0)
            {
                found.Add(new PossibleDuplicate(other, reasons));
            }
        }

        return found;
    }

    /// <summary>Tax ids compared without spaces, dots or dashes, case aside ("DE 123.456-789" = "de123456789").</summary>
    private static string? TaxIdKey(string? taxId)
    {
        var key = string.Concat((taxId ?? string.Empty).Where(char.IsLetterOrDigit)).ToUpperInvariant();
        return key.Length == 0 ? null : key;
    }
}
