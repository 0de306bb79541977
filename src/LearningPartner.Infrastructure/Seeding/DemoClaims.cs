using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// R-MCT-1: claims waiting for support staff, so the claims queue and the partners' trainers and exams pages have something to
/// show — a trainer and an exam pass of Contoso, and the same MCT id claimed by Fabrikam too (a conflict on both claims).
/// </summary>
public static class DemoClaims
{
    /// <summary>The MCT id two demo companies both claim.</summary>
    public const string SharedMctId = "MCT-DEMO-4242";

    public static void Add(PortalDbContext db, PartnerOrganisation contoso, PartnerOrganisation fabrikam, DateOnly today, DateTimeOffset now)
    {
        var contosoAdmin = DemoPersonas.ContosoAdmin.DisplayName;
        db.Trainers.Add(new Trainer(contoso.Id, "Morgan Ellis", SharedMctId, today.AddMonths(10),
            FactReview.Claim(now.AddDays(-3), contosoAdmin, "https://learn.microsoft.com/en-us/users/morgan-ellis/transcript/demo1", null),
            "morgan.ellis@contoso-learning.example"));
        db.ExamPasses.Add(new ExamPass(contoso.Id, "AZ-305", "Morgan Ellis", today.AddDays(-20),
            FactReview.Claim(now.AddDays(-2), contosoAdmin, "https://learn.microsoft.com/api/credentials/share/en-us/MorganEllis/demo2", null)));
        db.Trainers.Add(new Trainer(fabrikam.Id, "Morgan Ellis", SharedMctId, today.AddMonths(10),
            FactReview.Claim(now.AddDays(-1), DemoPersonas.FabrikamAdmin.DisplayName,
                "https://learn.microsoft.com/de-de/users/morgan-ellis/transcript/demo3", null)));
    }
}
