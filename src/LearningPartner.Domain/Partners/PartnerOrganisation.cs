using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Partners;

/// <summary>A training company in the learning partner program, known by its program partner id.</summary>
public sealed class PartnerOrganisation
{
    private PartnerOrganisation()
    {
        PartnerId = string.Empty;
        Name = string.Empty;
        CountryCode = string.Empty;
        BillingCurrency = "USD";
    }

    public PartnerOrganisation(string partnerId, string name, string countryCode, string billingCurrency = "USD")
    {
        PartnerId = Guard.Text(partnerId, 20, nameof(partnerId));
        Name = Guard.Text(name, 200, nameof(name));
        CountryCode = CountryCodes.Require(countryCode);
        BillingCurrency = CurrencyCodes.IsWellFormed(billingCurrency)
            ? billingCurrency
            : throw new ArgumentException($"'{billingCurrency}' is not an ISO 4217 code.", nameof(billingCurrency));
    }

    public int Id { get; private set; }

    /// <summary>The program's partner id (as on Courseware Marketplace invoices, R-KPI-1).</summary>
    public string PartnerId { get; private set; }

    public string Name { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 country/region code.</summary>
    public string CountryCode { get; private set; }

    /// <summary>The currency the partner is invoiced in; fees come from the rule set in this currency (R-FEE-2).</summary>
    public string BillingCurrency { get; private set; }

    // R-ORG-1: the registration facts. Null on an organisation that joined before sign-up existed (ADR-015).
    public string? Address { get; private set; }

    /// <summary>An absolute https address (<see cref="Websites.IsHttpsUrl"/>).</summary>
    public string? Website { get; private set; }

    public string? TaxId { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>When the company registered in the portal; null: it joined before sign-up existed and counts as verified.</summary>
    public DateTimeOffset? RegisteredAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public DateTimeOffset? RejectedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>
    /// R-ORG-1: who registered the company through the portal, as "tenant id/object id"; unique among pending registrations, so
    /// one person's two sign-ups sent at once make one company (null for organisations the portal did not register).
    /// </summary>
    public string? RegisteredBy { get; private set; }

    /// <summary>The <see cref="RegisteredBy"/> value of a person.</summary>
    public static string RegistrantKey(string tenantId, string objectId) => $"{tenantId.ToLowerInvariant()}/{objectId.ToLowerInvariant()}";

    /// <summary>R-ORG-1, derived from the dates: pending until staff verify or reject a registration.</summary>
    public VerificationStatus Verification => StatusOf(RegisteredAt, VerifiedAt, RejectedAt);

    /// <summary>R-ORG-1: a company registering itself, pending verification from <paramref name="at"/>.</summary>
    public static PartnerOrganisation Register(string partnerId, string legalName, string countryCode, Registration facts, DateTimeOffset at,
        string? registeredBy = null)
    {
        if (!Websites.IsHttpsUrl(facts.Website))
        {
            throw new ArgumentException("The website must be an absolute https address.", nameof(facts));
        }

        return new PartnerOrganisation(partnerId, legalName, countryCode)
        {
            Address = Guard.Text(facts.Address, 500, nameof(facts.Address)),
            Website = facts.Website.Trim(),
            TaxId = Guard.Text(facts.TaxId, 50, nameof(facts.TaxId)),
            ContactName = Guard.Text(facts.ContactName, 200, nameof(facts.ContactName)),
            ContactEmail = Guard.Text(facts.ContactEmail, 254, nameof(facts.ContactEmail)),
            RegisteredAt = at,
            RegisteredBy = registeredBy,
        };
    }

    public static VerificationStatus StatusOf(DateTimeOffset? registeredAt, DateTimeOffset? verifiedAt, DateTimeOffset? rejectedAt) =>
        registeredAt is null || verifiedAt is not null ? VerificationStatus.Verified
        : rejectedAt is not null ? VerificationStatus.Rejected
        : VerificationStatus.PendingVerification;

    /// <summary>Support staff verified the registration (only a pending one: the use case checks first).</summary>
    public void Verify(DateTimeOffset at)
    {
        RequirePending();
        VerifiedAt = at;
    }

    /// <summary>Support staff rejected the registration with a reason the applicant reads on its overview.</summary>
    public void Reject(DateTimeOffset at, string reason)
    {
        RequirePending();
        RejectionReason = Guard.Text(reason, 1000, nameof(reason));
        RejectedAt = at;
    }

    private void RequirePending()
    {
        if (Verification != VerificationStatus.PendingVerification)
        {
            throw new InvalidOperationException($"Partner {PartnerId} is not pending verification.");
        }
    }
}
