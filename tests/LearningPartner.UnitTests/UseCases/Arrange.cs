using LearningPartner.Domain.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;
using LearningPartner.UnitTests.Rules;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>Partners as the use case tests need them, written straight into the database.</summary>
internal static class Arrange
{
    public const string Contoso = "4100001";
    public const string Fabrikam = "4100002";

    /// <summary>Contoso (US, billed in USD) and Fabrikam (FR, billed in EUR), with nothing yet.</summary>
    public static Task OrganisationsAsync(this UseCaseHost host) => host.WithDbAsync(async db =>
    {
        db.PartnerOrganisations.AddRange(new PartnerOrganisation(Contoso, "Contoso Learning", "US"),
            new PartnerOrganisation(Fabrikam, "Fabrikam Training", "FR", "EUR"));
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// What silver SECURITY needs in the small rule set on <see cref="UseCaseHost.Today"/> (R-SLV-1): <paramref name="mcts"/>
    /// MCTs valid until 2027, one exam of the list, and 120 courseware KPI (120 MOC units of weight 1, invoiced 2025-10-15,
    /// inside the window 2025-01 … 2025-12) against the 100 a US partner needs.
    /// </summary>
    public static Task SilverFactsAsync(this UseCaseHost host, string partnerId, int mcts = 2) => host.WithDbAsync(async db =>
    {
        var organisation = db.PartnerOrganisations.Single(o => o.PartnerId == partnerId);
        for (var i = 1; i <= mcts; i++)
        {
            db.Trainers.Add(new Trainer(organisation.Id, $"Trainer {i}", $"MCT-{partnerId}-{i}", new DateOnly(2027, 6, 30), TestFacts.Verified));
        }

        db.ExamPasses.Add(new ExamPass(organisation.Id, "SC-200", "Avery Lee", new DateOnly(2025, 9, 1), TestFacts.Verified));
        var line = new InvoiceLine(partnerId, "INV-1", 1, new DateOnly(2025, 10, 15), "MOC", 120, new Money(11_400m, "USD"), "test",
            new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero));
        line.FixKpi(KpiValuation.RuleFor(new RuleSetCatalog([TestRuleSets.Small()]), line.InvoiceDate, line.OmlpType)!);
        db.InvoiceLines.Add(line);
        await db.SaveChangesAsync();
    });

    /// <summary>An option of the partner activated on a date (its AD a year later), as a confirmed payment leaves it.</summary>
    public static Task<int> ActivatedAsync(this UseCaseHost host, string partnerId, LearningLevel level, string? competency, DateOnly on) =>
        host.WithDbAsync(async db =>
        {
            var enrollment = new Enrollment(db.PartnerOrganisations.Single(o => o.PartnerId == partnerId).Id, level, competency,
                DateTimeOffset.UnixEpoch);
            enrollment.Activate(on);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            return enrollment.Id;
        });

    /// <summary>A PDF as a browser sends it.</summary>
    public static Application.Common.UploadedFile Pdf(string name = "proof.pdf")
    {
        var content = "%PDF-1.4\n% test document\n"u8.ToArray();
        return new Application.Common.UploadedFile(name, content.Length, () => new MemoryStream(content));
    }
}
