using LearningPartner.Domain.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// Seeds a realistic demo world into an empty database: organisations in several countries, their
/// trainers and exam passes, the personas' user-to-partner rows, and about two years of Courseware
/// Marketplace invoice lines up to today. Deterministic for a given "today".
/// </summary>
public sealed class DemoDataSeeder(PortalDbContext db, Storage.DocumentStore documents)
{
    private const string Source = "demo";

    // OMLP types of the reference data, with a plausible list price per unit in USD.
    private static readonly (string Code, decimal UnitPriceUsd)[] OmlpTypes =
    [
        ("MOC", 95m), ("DMOC", 80m), ("MOC-ON-DEMAND", 120m), ("CUSTOM-MOC", 150m),
        ("LABS-ONLINE", 45m), ("EXAM-VOUCHER", 165m), ("PRACTICE-TEST", 99m),
    ];

    private static readonly string[] ExamCodes =
        ["AZ-104", "AZ-900", "AZ-305", "MS-100", "MS-900", "DP-900", "DP-203", "PL-200", "PL-900", "SC-900", "AI-900"];

    private static readonly string[] GivenNames =
        ["Alex", "Mina", "Jonas", "Priya", "Li", "Sofia", "Kenji", "Amara", "Lucas", "Ines", "Omar", "Hana"];

    private static readonly string[] FamilyNames =
        ["Schmidt", "Zhang", "Patel", "Silva", "Okafor", "Tanaka", "Dubois", "Novak", "Haddad", "Morgan"];

    private static readonly Dictionary<string, decimal> UsdRate = new()
    {
        ["USD"] = 1m,
        ["EUR"] = 0.92m,
        ["CNY"] = 7.2m,
        ["INR"] = 83m,
        ["GBP"] = 0.79m,
        ["BRL"] = 5m,
    };

    public async Task<bool> SeedIfEmptyAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (await db.PartnerOrganisations.AnyAsync(cancellationToken))
        {
            return false;
        }

        var random = new Random(20260101);
        var organisations = DemoWorld.Organisations
            .Select(o => new PartnerOrganisation(o.PartnerId, o.Name, o.CountryCode, o.Currency))
            .ToList();
        db.PartnerOrganisations.AddRange(organisations);
        organisations.AddRange(AddRegistrations(now));
        await db.SaveChangesAsync(cancellationToken);
        AddAgreementAcceptances(organisations.Where(o => o.RegisteredAt is not null), now);

        var byPartnerId = organisations.ToDictionary(o => o.PartnerId);
        foreach (var persona in DemoPersonas.All.Where(p => p.PartnerId is not null))
        {
            db.PartnerUsers.Add(new PartnerUser(persona.TenantId, persona.ObjectId, persona.DisplayName, persona.Email,
                byPartnerId[persona.PartnerId!].Id, persona.Roles.Single(), now));
        }

        foreach (var demo in DemoWorld.Organisations)
        {
            var organisation = byPartnerId[demo.PartnerId];
            AddTrainersAndExams(organisation.Id, demo, today, now, random);
            AddInvoiceLines(demo.PartnerId, demo.Currency, demo.MonthlyUnits, today, now, random);
        }

        // R-KPI-5: purchases of a company that has not enrolled yet; they count once it does.
        AddInvoiceLines(DemoWorld.NotYetEnrolledPartnerId, "USD", 8, today, now, random);
        AddEnrollments(byPartnerId, today, now);
        await DemoDirectoryListings.AddAsync(db, documents, byPartnerId, today, now, cancellationToken);
        DemoInvitations.Add(db, byPartnerId[DemoWorld.ContosoPartnerId], now);
        await DemoClaims.AddAsync(db, documents, byPartnerId[DemoWorld.ContosoPartnerId], byPartnerId[DemoWorld.FabrikamPartnerId], today, now,
            cancellationToken);
        await AddHeldInvoiceAsync(byPartnerId[DemoWorld.Organisations[0].PartnerId], today, now, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await DemoDiscrepancyCases.AddAsync(db, documents, byPartnerId[DemoWorld.Organisations[0].PartnerId],
            byPartnerId[DemoWorld.Organisations[1].PartnerId], today, now, cancellationToken);
        return true;
    }

    /// <summary>R-ORG-1: the demo's registrations waiting for support staff.</summary>
    private List<PartnerOrganisation> AddRegistrations(DateTimeOffset now)
    {
        var registered = DemoWorld.Registrations
            .Select(r => PartnerOrganisation.Register(r.PartnerId, r.LegalName, r.CountryCode,
                new Registration(r.Address, r.Website, r.TaxId, r.ContactName, r.ContactEmail), now.AddDays(-r.DaysAgo)))
            .ToList();
        db.PartnerOrganisations.AddRange(registered);
        return registered;
    }

    private void AddAgreementAcceptances(IEnumerable<PartnerOrganisation> registered, DateTimeOffset now)
    {
        foreach (var organisation in registered)
        {
            var admin = DemoPersonas.All.FirstOrDefault(p => p.PartnerId == organisation.PartnerId);
            db.AgreementAcceptances.Add(new AgreementAcceptance(organisation.Id, DemoWorld.AgreementVersion, admin?.TenantId ?? DemoPersonas.HomeTenantId,
                admin?.ObjectId ?? organisation.PartnerId, organisation.ContactName!, organisation.RegisteredAt!.Value));
        }
    }

    private void AddTrainersAndExams(int organisationId, DemoOrganisation demo, DateOnly today, DateTimeOffset now, Random random)
    {
        // R-MCT-1: the demo's trainers and exams came with last month's MCT roster and exam results: verified.
        var confirmed = FactReview.Confirmed(now.AddDays(-30), DemoPersonas.Support.DisplayName, "Demo data: confirmed by the MCT roster and exam results");
        for (var i = 0; i < demo.TrainerCount; i++)
        {
            // The last trainer of a larger team has an MCT that lapsed last month: realistic turnover.
            var validUntil = i == demo.TrainerCount - 1 && demo.TrainerCount > 3
                ? ProgramDates.MonthStart(today).AddDays(-1)
                : today.AddDays(random.Next(60, 700));
            var mctId = $"MCT{demo.PartnerId[^3..]}{i + 1:00}{random.Next(100, 999)}";
            db.Trainers.Add(new Trainer(organisationId, PersonName(random), mctId, validUntil, confirmed));
        }

        var examCount = demo.TrainerCount * 2 + 1;
        for (var i = 0; i < examCount; i++)
        {
            db.ExamPasses.Add(new ExamPass(organisationId, ExamCodes[random.Next(ExamCodes.Length)],
                PersonName(random), today.AddDays(-random.Next(10, 900)), confirmed));
        }
    }

    private void AddInvoiceLines(string partnerId, string currency, int monthlyUnits, DateOnly today,
        DateTimeOffset now, Random random)
    {
        var firstMonth = ProgramDates.MonthStart(today).AddMonths(-24);
        var sequence = 0;
        for (var month = firstMonth; month <= today; month = month.AddMonths(1))
        {
            var lastDay = month.AddMonths(1).AddDays(-1) < today ? month.AddMonths(1).AddDays(-1) : today;
            var invoices = 1 + random.Next(3);
            for (var invoice = 0; invoice < invoices; invoice++)
            {
                var invoiceDate = month.AddDays(random.Next(lastDay.Day));
                var invoiceNumber = $"CM{invoiceDate:yyMM}-{partnerId[^4..]}-{++sequence:0000}";
                var lines = 1 + random.Next(3);
                for (var line = 1; line <= lines; line++)
                {
                    var (omlpType, unitPriceUsd) = OmlpTypes[random.Next(OmlpTypes.Length)];
                    var units = Math.Max(1, random.Next(monthlyUnits / (invoices * lines) + 1) + 1);
                    var revenue = Math.Round(units * unitPriceUsd * UsdRate[currency], 2);
                    db.InvoiceLines.Add(new InvoiceLine(partnerId, invoiceNumber, line, invoiceDate, omlpType, units,
                        new Money(revenue, currency), Source, now));
                }
            }
        }
    }

    /// <summary>Options in every state the overview knows: active, marketplace pending, in grace, lapsed.</summary>
    private void AddEnrollments(Dictionary<string, PartnerOrganisation> organisations, DateOnly today, DateTimeOffset now)
    {
        void Add(string partnerId, LearningLevel level, string? competency, DateOnly activatedOn, bool marketplaceDone = true)
        {
            var enrollment = new Enrollment(organisations[partnerId].Id, level, competency, now);
            enrollment.Activate(activatedOn);
            if (level == LearningLevel.LearningActionPack && marketplaceDone)
            {
                enrollment.CompleteMarketplaceProfile(activatedOn.AddDays(3));
            }

            db.Enrollments.Add(enrollment);
        }

        Add(DemoWorld.ContosoPartnerId, LearningLevel.LearningActionPack, null, today.AddDays(-200));
        Add(DemoWorld.ContosoPartnerId, LearningLevel.Silver, "CLOUD-PLATFORM", today.AddDays(-300));
        Add(DemoWorld.FabrikamPartnerId, LearningLevel.Silver, "SECURITY", today.AddDays(-430));
        Add(DemoWorld.NorthwindPartnerId, LearningLevel.LearningActionPack, null, today.AddDays(-20), marketplaceDone: false);
        Add(DemoWorld.WoodgrovePartnerId, LearningLevel.LearningActionPack, null, today.AddDays(-100));
        Add(DemoWorld.WoodgrovePartnerId, LearningLevel.Gold, "DATA-PLATFORM", today.AddDays(-380));

        // An unpaid order placed 25 days ago: it expires in 5 days (R-FEE-2) and shows in support's queue.
        var pending = new Enrollment(organisations[DemoWorld.ContosoPartnerId].Id, LearningLevel.Silver, "SECURITY", now.AddDays(-25));
        db.Enrollments.Add(pending);
        db.SaveChanges();
        db.Orders.Add(new Order(pending.PartnerOrganisationId, pending.Id, OrderKind.NewEnrollment, LearningLevel.Silver,
            new Money(1732.50m, "USD"), $"LP{today:yyMM}-DEMO0001", "demo-order-1", now.AddDays(-25), today.AddDays(5), "SECURITY"));
    }

    /// <summary>A line Contoso holds and submitted with its invoice, waiting for support staff (issue 7).</summary>
    private async Task AddHeldInvoiceAsync(PartnerOrganisation contoso, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invoiceDate = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).AddDays(9);
        string[] text =
        [
            "Courseware Marketplace - INVOICE (demo document)",
            $"Invoice CM-HELD-0001   Date {invoiceDate:yyyy-MM-dd}",
            $"Bill to: {contoso.Name} (partner {contoso.PartnerId})",
            "Line 1: MOC  x 5   475.00 USD",
        ];
        var key = await documents.SaveAsync(DemoInvoicePdf.Create(text), cancellationToken);
        db.HeldInvoices.Add(new HeldInvoice(contoso.Id, contoso.PartnerId, "CM-HELD-0001", 1, invoiceDate, "MOC", 5, new Money(475.00m, "USD"),
            "CM-HELD-0001.pdf", key, $"{DemoPersonas.ContosoAdmin.ObjectId} ({DemoPersonas.ContosoAdmin.DisplayName})", now.AddDays(-2)));
    }

    private static string PersonName(Random random) =>
        $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
}
