using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Claims;

/// <summary>R-MCT-1 as a partner admin and support staff take it over HTTP: a claim with its evidence, then staff's decision.</summary>
public static class ClaimFlow
{
    public const string TranscriptLink = "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123";

    public static async Task<int> ClaimExamAsync(PortalFactory factory, HttpClient admin, string partnerId, string examCode,
        string person = "Li Wei", string passedOn = "2026-10-01")
    {
        var page = $"/partners/{partnerId}/exams";
        using var response = await admin.PostFormAsync(page, page, ("NewExamPass.ExamCode", examCode), ("NewExamPass.PersonName", person),
            ("NewExamPass.PassedOn", passedOn), ("NewExamPass.EvidenceLink", TranscriptLink));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.ExamPasses.Where(e => db.PartnerOrganisations.Any(o => o.Id == e.PartnerOrganisationId && o.PartnerId == partnerId)).Select(e => e.Id).MaxAsync());
    }

    public static async Task<int> ClaimTrainerAsync(PortalFactory factory, HttpClient admin, string partnerId, string name, string mctId,
        string validUntil = "2027-12-31")
    {
        var page = $"/partners/{partnerId}/trainers";
        using var response = await admin.PostFormAsync(page, page, ("NewTrainer.Name", name), ("NewTrainer.MctId", mctId),
            ("NewTrainer.ValidUntil", validUntil), ("NewTrainer.EvidenceLink", TranscriptLink));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Trainers.Where(t => t.MctId == mctId).Select(t => t.Id).SingleAsync());
    }

    /// <summary>
    /// A claim form posted as the browser posts it (multipart): the fields under the form's prefix, and optionally a transcript in
    /// its EvidenceDocument field.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithDocumentAsync(HttpClient client, string page, string action, string prefix,
        IEnumerable<(string Name, string Value)> fields, byte[]? document, string fileName = "transcript.pdf")
    {
        using var form = new MultipartFormDataContent { { new StringContent(await client.GetAntiforgeryTokenAsync(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), $"{prefix}.{name}");
        }

        if (document is not null)
        {
            form.Add(new ByteArrayContent(document), $"{prefix}.EvidenceDocument", fileName);
        }

        return await client.PostAsync(action, form);
    }

    /// <summary>Support staff verify the claim from the queue, with the version the queue shows.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(PortalFactory factory, HttpClient support, string kind, int id, string decision,
        string text = "Checked the transcript: membership and exam shown")
    {
        var version = kind == "trainers"
            ? await factory.WithDbAsync(db => db.Trainers.Where(t => t.Id == id).Select(t => t.Version).SingleAsync())
            : await factory.WithDbAsync(db => db.ExamPasses.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        return await support.PostFormAsync("/staff/claims", $"/staff/claims/{kind}/{id}/{decision}",
            ("Version", version.ToString()), (decision == "verify" ? "Note" : "Reason", text));
    }

    /// <summary>A partner admin's exam claim, verified by support staff: it counts (the enrollment tests' arrangement).</summary>
    public static async Task AddVerifiedExamAsync(PortalFactory factory, HttpClient admin, string partnerId, string examCode)
    {
        var id = await ClaimExamAsync(factory, admin, partnerId, examCode);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        using var verified = await DecideAsync(factory, support, "exams", id, "verify");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
    }
}
