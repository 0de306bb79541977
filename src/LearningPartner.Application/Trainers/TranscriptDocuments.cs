using System.Text.RegularExpressions;
using LearningPartner.Application.Common;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Trainers;

/// <summary>
/// R-MCT-1: the transcript PDF a trainer or exam claim may carry as its evidence. Stored under a key of the document store, which
/// <see cref="Domain.Trainers.FactReview.EvidenceDocument"/> holds; downloaded under a name made from the claim (the trainer's MCT
/// id, the exam code), so no column keeps the name it was uploaded with. With an organisation, only that organisation's claims.
/// </summary>
internal static partial class TranscriptDocuments
{
    /// <summary>Reads, checks (PDF only, 5 MB) and stores an optional transcript; no file is no document and no refusal.</summary>
    public static async Task<(string? Key, Refusal? Refusal)> StoreAsync(DocumentStore store, UploadedFile? file, string field,
        CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, null);
        }

        // An empty file is not a PDF either.
        var (upload, refusal) = await DocumentUpload.ReadPdfAsync(file, field, RefusalCode.DocumentNotPdf, cancellationToken);
        return upload is null ? (null, refusal) : (await store.SaveAsync(upload.Content, cancellationToken), null);
    }

    public static async Task<StoredDocument?> OpenTrainerAsync(PortalDbContext db, DocumentStore store, int? organisationId, int trainerId,
        CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.AsNoTracking()
            .Where(t => t.Id == trainerId && (organisationId == null || t.PartnerOrganisationId == organisationId) && t.Review.EvidenceDocument != null)
            .Select(t => new { Key = t.Review.EvidenceDocument!, t.MctId })
            .FirstOrDefaultAsync(cancellationToken);
        return trainer is null ? null : await store.OpenDocumentAsync(trainer.Key, $"transcript-{Safe(trainer.MctId)}.pdf", cancellationToken);
    }

    public static async Task<StoredDocument?> OpenExamPassAsync(PortalDbContext db, DocumentStore store, int? organisationId, int examPassId,
        CancellationToken cancellationToken)
    {
        var pass = await db.ExamPasses.AsNoTracking()
            .Where(e => e.Id == examPassId && (organisationId == null || e.PartnerOrganisationId == organisationId) && e.Review.EvidenceDocument != null)
            .Select(e => new { Key = e.Review.EvidenceDocument!, e.Id, e.ExamCode })
            .FirstOrDefaultAsync(cancellationToken);
        return pass is null ? null : await store.OpenDocumentAsync(pass.Key, $"transcript-{Safe(pass.ExamCode)}-{pass.Id}.pdf", cancellationToken);
    }

    /// <summary>Letters, digits and dashes only: an MCT id or exam code from an import may hold anything.</summary>
    private static string Safe(string code) => NotSafe().Replace(code, "_");

    [GeneratedRegex("[^A-Za-z0-9-]")]
    private static partial Regex NotSafe();
}
