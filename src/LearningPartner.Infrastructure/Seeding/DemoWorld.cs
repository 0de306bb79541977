namespace LearningPartner.Infrastructure.Seeding;

/// <summary>The demo organisations: training companies in several countries, with their currencies.</summary>
public static class DemoWorld
{
    public const string ContosoPartnerId = "4100001";
    public const string FabrikamPartnerId = "4100002";
    public const string NorthwindPartnerId = "4100003";
    public const string WoodgrovePartnerId = "4100005";

    /// <summary>R-ORG-1: a company that registered in the portal and waits for support staff's verification.</summary>
    public const string TailwindPartnerId = "4100007";

    /// <summary>R-ORG-1: a registration that looks like Contoso's (a nearly identical name in the same country).</summary>
    public const string ContosoLookalikePartnerId = "4100008";

    /// <summary>The program agreement's version the demo registrations accepted (<c>Program:AgreementVersion</c>).</summary>
    public const string AgreementVersion = "2026-1";

    /// <summary>A company that bought courseware before enrolling: its lines wait for it (R-KPI-5).</summary>
    public const string NotYetEnrolledPartnerId = "4100099";

    /// <summary>R-ORG-1: registrations waiting for support staff; the second looks like Contoso (a possible duplicate).</summary>
    public static readonly IReadOnlyList<DemoRegistration> Registrations =
    [
        new(TailwindPartnerId, "Tailwind Training Inc.", "US", "100 Harbor Way, Seattle, WA 98101", "https://www.tailwind-training.example",
            "US-91-2345678", "Jordan Miles", "jordan.miles@tailwind-training.example", DaysAgo: 2),
        new(ContosoLookalikePartnerId, "contoso learning", "US", "1 Main Street, Redmond, WA 98052", "https://learn.contoso-learning.example",
            "US-77-0000001", "Robin Diaz", "robin.diaz@contoso-learning.example", DaysAgo: 1),
    ];

    public static readonly IReadOnlyList<DemoOrganisation> Organisations =
    [
        new(ContosoPartnerId, "Contoso Learning Ltd", "US", "USD", TrainerCount: 5, MonthlyUnits: 60),
        new(FabrikamPartnerId, "Fabrikam Training GmbH", "DE", "EUR", TrainerCount: 2, MonthlyUnits: 25),
        new(NorthwindPartnerId, "北风学院 Northwind Academy", "CN", "CNY", TrainerCount: 3, MonthlyUnits: 40),
        new("4100004", "Tailspin Skills Pvt Ltd", "IN", "INR", TrainerCount: 1, MonthlyUnits: 12),
        new(WoodgrovePartnerId, "Woodgrove Institute", "GB", "GBP", TrainerCount: 6, MonthlyUnits: 90),
        new("4100006", "Adatum Educação", "BR", "BRL", TrainerCount: 0, MonthlyUnits: 4),
    ];
}

public sealed record DemoRegistration(string PartnerId, string LegalName, string CountryCode, string Address, string Website, string TaxId,
    string ContactName, string ContactEmail, int DaysAgo);

public sealed record DemoOrganisation(
    string PartnerId, string Name, string CountryCode, string Currency, int TrainerCount, int MonthlyUnits);
