using LearningPartner.Application.Common;
using LearningPartner.Application.ExamPasses;
using LearningPartner.Application.Trainers;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>A partner's trainers and exam passes (R-CMP-1, R-ROLE-1, R-ROLE-4) on 2026-01-15, under the small FY2026 rule set.</summary>
public sealed class TrainerUseCaseTests : IDisposable
{
    private static readonly byte[] Transcript = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
    private readonly UseCaseHost _host = new();

    [Fact]
    public async Task ATrainerIsAddedWithItsAuditEntryAndAnMctIdOnlyOnce()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);

        var added = await AddAsync(contoso, " MCT-77 ");
        var again = await AddAsync(contoso, "MCT-77");

        Assert.True(added.IsDone);
        Assert.Equal(new Refusal(RefusalCode.MctIdAlreadyListed, TrainerService.MctIdField, []), again.Refusal! with { Values = [] });
        Assert.Equal("MCT-77", await _host.WithDbAsync(db => db.Trainers.Select(t => t.MctId).SingleAsync()));
        Assert.Contains("\"MctId\":\"MCT-77\"", await _host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "TrainerAdded").Select(a => a.After!).SingleAsync()));
    }

    [Fact]
    public async Task AnotherPartnersTrainerCannotBeReadChangedOrRetired()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        var fabrikam = await _host.PartnerAsync(Arrange.Fabrikam);
        await AddAsync(contoso, "MCT-1");
        var id = await _host.WithDbAsync(db => db.Trainers.Select(t => t.Id).SingleAsync());

        var read = await _host.RunAsync<TrainerService, TrainerDetails?>(s => s.GetAsync(fabrikam, id, CancellationToken.None));
        var changed = await _host.RunAsync<TrainerService, Result>(s =>
            s.ChangeAsync(fabrikam, id, new TrainerDetails("Mallory", "MCT-9", new DateOnly(2030, 1, 1), null, Guid.Empty), null, "Mallory",
                CancellationToken.None));
        var retired = await _host.RunAsync<TrainerService, Result>(s => s.RetireAsync(fabrikam, id, UseCaseHost.Today, CancellationToken.None));

        Assert.Null(read);
        Assert.True(changed.IsNotFound);
        Assert.True(retired.IsNotFound);
        Assert.Null(await _host.WithDbAsync(db => db.Trainers.Select(t => t.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task AnEditFromAStaleFormIsRefused()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        await AddAsync(contoso, "MCT-1");
        var id = await _host.WithDbAsync(db => db.Trainers.Select(t => t.Id).SingleAsync());
        var form = (await _host.RunAsync<TrainerService, TrainerDetails?>(s => s.GetAsync(contoso, id, CancellationToken.None)))!;
        await _host.RunAsync<TrainerService, Result>(s => s.ChangeAsync(contoso, id, form with { Name = "First edit" }, null, "Avery", CancellationToken.None));

        var stale = await _host.RunAsync<TrainerService, Result>(s => s.ChangeAsync(contoso, id, form with { Name = "Second edit" }, null, "Avery", CancellationToken.None));

        Assert.Equal(RefusalCode.TrainerChangedMeanwhile, stale.Refusal!.Code);
        Assert.Equal("First edit", await _host.WithDbAsync(db => db.Trainers.Select(t => t.Name).SingleAsync()));
    }

    /// <summary>
    /// Issue 6 through the use case: silver SECURITY (AD 2026-06-01, in FY2026) needs 2 MCTs and the partner has exactly 2, so
    /// either leaving loses the MCT requirement today (1 of 2) and at the renewal on the AD.
    /// </summary>
    [Fact]
    public async Task IfATrainerOfTwoLeavesSilverLosesItsMctRequirementTodayAndAtTheRenewal()
    {
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso);
        await _host.ActivatedAsync(Arrange.Contoso, LearningLevel.Silver, "SECURITY", new DateOnly(2025, 6, 1));
        var contoso = await _host.PartnerAsync(Arrange.Contoso);

        var page = await _host.RunAsync<TrainerService, PartnerTrainers>(s => s.ListAsync(contoso, CancellationToken.None));

        Assert.Equal(2, page.Trainers.Count);
        Assert.All(page.Trainers, t =>
        {
            Assert.Equal([UseCaseHost.Today, new DateOnly(2026, 6, 1)], t.IfTheyLeave.Select(l => l.Date));
            Assert.All(t.IfTheyLeave, l => Assert.Equal((LearningLevel.Silver, "SECURITY", RequirementKind.Mct, 2m, 1m),
                (l.Level, l.CompetencyCode, l.CheckWithout.Kind, l.CheckWithout.Required, l.CheckWithout.Actual)));
        });
    }

    [Fact]
    public async Task AnotherPartnersExamPassCannotBeRemoved()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        var fabrikam = await _host.PartnerAsync(Arrange.Fabrikam);
        await _host.RunAsync<ExamPassService, Result>(s => s.AddAsync(contoso,
            new ExamPassClaim("AZ-104", "Avery Lee", new DateOnly(2025, 12, 1), "https://learn.microsoft.com/api/credentials/share/x", null, "Avery"), CancellationToken.None));
        var id = await _host.WithDbAsync(db => db.ExamPasses.Select(e => e.Id).SingleAsync());

        var removed = await _host.RunAsync<ExamPassService, Result>(s => s.RemoveAsync(fabrikam, id, CancellationToken.None));

        Assert.True(removed.IsNotFound);
        Assert.Empty((await _host.RunAsync<ExamPassService, PartnerExamPasses>(s => s.ListAsync(fabrikam, CancellationToken.None))).ExamPasses);
        Assert.Single((await _host.RunAsync<ExamPassService, PartnerExamPasses>(s => s.ListAsync(contoso, CancellationToken.None))).ExamPasses);
    }

    [Fact]
    public async Task ATranscriptPdfAloneIsAClaimsEvidenceAndOnlyItsOrganisationOpensIt()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        var fabrikam = await _host.PartnerAsync(Arrange.Fabrikam);

        var added = await _host.RunAsync<TrainerService, Result>(s => s.AddAsync(contoso,
            new TrainerClaim("Avery Lee", "MCT-PDF-1", new DateOnly(2027, 6, 30), null, null, Upload(Transcript), "Avery"), CancellationToken.None));
        var id = await _host.WithDbAsync(db => db.Trainers.Select(t => t.Id).SingleAsync());
        var own = await _host.RunAsync<TrainerService, StoredDocument?>(s => s.OpenEvidenceAsync(contoso, id, CancellationToken.None));
        var other = await _host.RunAsync<TrainerService, StoredDocument?>(s => s.OpenEvidenceAsync(fabrikam, id, CancellationToken.None));

        Assert.True(added.IsDone);
        Assert.Equal(("transcript-MCT-PDF-1.pdf", "application/pdf"), (own!.FileName, own.ContentType));
        await using var content = own.Content;
        using var read = new MemoryStream();
        await content.CopyToAsync(read);
        Assert.Equal(Transcript, read.ToArray());
        Assert.Null(other);
        Assert.Null(await _host.WithDbAsync(db => db.Trainers.Select(t => t.Review.EvidenceLink).SingleAsync()));
    }

    [Fact]
    public async Task ANewTranscriptOnAnEditMakesAVerifiedTrainerANewClaimWithIt()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        await AddAsync(contoso, "MCT-RENEW-1");
        await _host.WithDbAsync(async db =>
        {
            (await db.Trainers.SingleAsync()).Verify(DateTimeOffset.UnixEpoch, "Support", "Transcript checked");
            return await db.SaveChangesAsync();
        });
        var id = await _host.WithDbAsync(db => db.Trainers.Select(t => t.Id).SingleAsync());
        var form = (await _host.RunAsync<TrainerService, TrainerDetails?>(s => s.GetAsync(contoso, id, CancellationToken.None)))!;

        var changed = await _host.RunAsync<TrainerService, Result>(s => s.ChangeAsync(contoso, id, form with { ValidUntil = new DateOnly(2028, 6, 30) },
            Upload(Transcript), "Avery", CancellationToken.None));

        Assert.True(changed.IsDone);
        var review = (await _host.WithDbAsync(db => db.Trainers.AsNoTracking().SingleAsync())).Review;
        Assert.Equal((FactStatus.AwaitingVerification, "https://learn.microsoft.com/transcript/x"), (review.Status, review.EvidenceLink));
        Assert.Matches("^[0-9a-f]{32}\\.bin$", review.EvidenceDocument);
        Assert.Contains($"\"EvidenceDocument\":\"{review.EvidenceDocument}\"",
            await _host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "TrainerChanged").Select(a => a.After!).SingleAsync()));
    }

    [Fact]
    public async Task AnImageIsNotAnExamPassTranscriptAndNothingIsRecorded()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var refused = await _host.RunAsync<ExamPassService, Result>(s => s.AddAsync(contoso,
            new ExamPassClaim("AZ-104", "Avery Lee", new DateOnly(2025, 12, 1), null, Upload(png, "transcript.pdf"), "Avery"), CancellationToken.None));

        Assert.Equal(new Refusal(RefusalCode.DocumentNotPdf, ExamPassService.EvidenceDocumentField, []), refused.Refusal! with { Values = [] });
        Assert.False(await _host.WithDbAsync(db => db.ExamPasses.AnyAsync()));
    }

    public void Dispose() => _host.Dispose();

    private Task<Result> AddAsync(PartnerContext partner, string mctId) =>
        _host.RunAsync<TrainerService, Result>(s => s.AddAsync(partner,
            new TrainerClaim("Avery Lee", mctId, new DateOnly(2027, 6, 30), null, "https://learn.microsoft.com/transcript/x", null, "Avery"), CancellationToken.None));

    private static UploadedFile Upload(byte[] content, string fileName = "transcript.pdf") =>
        new(fileName, content.Length, () => new MemoryStream(content));
}
