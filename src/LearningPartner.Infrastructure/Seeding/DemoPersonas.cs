using LearningPartner.Domain.Partners;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>The seeded demo personas; their partner users are rows of the user-to-partner table.</summary>
public static class DemoPersonas
{
    /// <summary>The demo operator's own Entra tenant: the only one whose app roles grant staff roles (R-ROLE-6).</summary>
    public const string HomeTenantId = "0b5e7a10-1d2c-4e3f-8a9b-000000000001";

    /// <summary>Each demo company signs in with its own organisation's work accounts (its own tenant).</summary>
    public const string ContosoTenantId = "0b5e7a10-1d2c-4e3f-8a9b-0000000c0501";

    public const string FabrikamTenantId = "0b5e7a10-1d2c-4e3f-8a9b-0000000fab01";

    public const string NorthwindTenantId = "0b5e7a10-1d2c-4e3f-8a9b-00000000a201";

    public const string WoodgroveTenantId = "0b5e7a10-1d2c-4e3f-8a9b-0000000a0d01";

    public static readonly DemoPersona ContosoAdmin = new("contoso-admin", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01",
        "Avery Chen", "avery.chen@contoso-learning.example", [PortalRoles.PartnerAdmin], DemoWorld.ContosoPartnerId,
        "Partner admin of Contoso Learning (United States)", ContosoTenantId);

    public static readonly DemoPersona ContosoUser = new("contoso-user", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02",
        "Parker Lee", "parker.lee@contoso-learning.example", [PortalRoles.PartnerUser], DemoWorld.ContosoPartnerId,
        "Plain partner user of Contoso Learning: reads only", ContosoTenantId);

    public static readonly DemoPersona ContosoViewer = new("contoso-viewer", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a08",
        "Rowan Patel", "rowan.patel@contoso-learning.example", [PortalRoles.ReportViewer], DemoWorld.ContosoPartnerId,
        "Report viewer of Contoso Learning: KPIs and requirements, no revenue, no trainers' personal data", ContosoTenantId);

    public static readonly DemoPersona FabrikamAdmin = new("fabrikam-admin", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a03",
        "Greta Vogel", "greta.vogel@fabrikam-training.example", [PortalRoles.PartnerAdmin], DemoWorld.FabrikamPartnerId,
        "Partner admin of Fabrikam Training (Germany)", FabrikamTenantId);

    public static readonly DemoPersona NorthwindAccountAdmin = new("northwind-account-admin", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a04",
        "王芳 (Wang Fang)", "wang.fang@northwind-academy.example", [PortalRoles.AccountAdmin], DemoWorld.NorthwindPartnerId,
        "Account admin of Northwind Academy (China)", NorthwindTenantId);

    public static readonly DemoPersona WoodgroveAdmin = new("woodgrove-admin", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a07",
        "Oliver Grant", "oliver.grant@woodgrove-institute.example", [PortalRoles.PartnerAdmin], DemoWorld.WoodgrovePartnerId,
        "Partner admin of Woodgrove Institute (United Kingdom): gold in grace", WoodgroveTenantId);

    public const string TailwindTenantId = "0b5e7a10-1d2c-4e3f-8a9b-00000007a101";

    public const string NewcomerTenantId = "0b5e7a10-1d2c-4e3f-8a9b-0000000e3c01";

    public static readonly DemoPersona TailwindAdmin = new("tailwind-admin", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a09",
        "Jordan Miles", "jordan.miles@tailwind-training.example", [PortalRoles.PartnerAdmin], DemoWorld.TailwindPartnerId,
        "Partner admin of Tailwind Training (United States): registered, pending verification", TailwindTenantId);

    /// <summary>R-ORG-1: a person of a company that has not joined yet: no membership, offered sign-up.</summary>
    public static readonly DemoPersona Newcomer = new("newcomer", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a10",
        "Casey Morgan", "casey.morgan@litware-learning.example", [], null,
        "Belongs to no organisation yet: registers a training company", NewcomerTenantId);

    /// <summary>R-ORG-2: a colleague of the newcomer, at the same company and tenant: joins once invited, by the link mailed to her.</summary>
    public static readonly DemoPersona NewcomerColleague = new("newcomer-colleague", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a11",
        "Riley Brooks", "riley.brooks@litware-learning.example", [], null,
        "Colleague of Casey Morgan: joins the company Casey registers when invited", NewcomerTenantId);

    public static readonly DemoPersona Support = new("support", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a05",
        "Sam Rivera", "sam.rivera@learning-program.example", [PortalRoles.SupportStaff], null,
        "Support staff: payments, marketplace profiles, KPI discrepancy cases");

    public static readonly DemoPersona Editor = new("editor", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a06",
        "Dana Kim", "dana.kim@learning-program.example", [PortalRoles.DirectoryEditor], null,
        "Directory editor: reviews and publishes directory listings");

    public static readonly IReadOnlyList<DemoPersona> All =
        [ContosoAdmin, ContosoUser, ContosoViewer, FabrikamAdmin, NorthwindAccountAdmin, WoodgroveAdmin, TailwindAdmin, Newcomer, NewcomerColleague, Support, Editor];

    public static DemoPersona? Find(string? key) => All.FirstOrDefault(p => p.Key == key);
}
