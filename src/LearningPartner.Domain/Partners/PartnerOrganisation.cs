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
}
