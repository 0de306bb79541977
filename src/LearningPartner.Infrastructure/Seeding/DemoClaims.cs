using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// R-MCT-1: claims waiting for support staff, so the claims queue and the partners' trainers and exams pages have something to
/// show — a trainer of Contoso with its transcript link and PDF, an exam pass of Contoso with only a PDF, and the same MCT id
/// claimed by Fabrikam too with only a link (a conflict on both claims).
/// </summary>
public static class DemoClaims
{
    /// <summary>The MCT id two demo companies both claim.</summary>
    public const string SharedMctId = "MCT-DEMO-4242";

    public static async Task AddAsync(PortalDbContext db, DocumentStore documents, PartnerOrganisation contoso, PartnerOrganisation fabrikam,
        DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contosoAdmin = DemoPersonas.ContosoAdmin.DisplayName;
        var membershipEnds = today.AddMonths(10);
        var passedOn = today.AddDays(-20);
        var trainerTranscript = await documents.SaveAsync(DemoInvoicePdf.Create(
        [
            "Microsoft Learn - Transcript (demo document)",
            "Morgan Ellis",
            $"Microsoft Certified Trainer {SharedMctId}, membership valid until {membershipEnds:yyyy-MM-dd}",
        ]), cancellationToken);
        var examTranscript = await documents.SaveAsync(DemoInvoicePdf.Create(
        [
            "Microsoft Learn - Transcript (demo document)",
            "Morgan Ellis",
            $"Exam AZ-305 passed on {passedOn:yyyy-MM-dd}",
        ]), cancellationToken);

        db.Trainers.Add(new Trainer(contoso.Id, "Morgan Ellis", SharedMctId, membershipEnds,
            FactReview.Claim(now.AddDays(-3), contosoAdmin, "https://learn.microsoft.com/en-us/users/morgan-ellis/transcript/demo1", trainerTranscript),
            "morgan.ellis@contoso-learning.example"));
        db.ExamPasses.Add(new ExamPass(contoso.Id, "AZ-305", "Morgan Ellis", passedOn,
            FactReview.Claim(now.AddDays(-2), contosoAdmin, null, examTranscript)));
        db.Trainers.Add(new Trainer(fabrikam.Id, "Morgan Ellis", SharedMctId, membershipEnds,
            FactReview.Claim(now.AddDays(-1), DemoPersonas.FabrikamAdmin.DisplayName,
                "https://learn.microsoft.com/de-de/users/morgan-ellis/transcript/demo3", null)));
    }
}
