using LearningPartner.Application.CaseReview;
using LearningPartner.Application.Common;
using LearningPartner.Application.DiscrepancyCases;
using LearningPartner.Application.HeldInvoiceReview;
using LearningPartner.Application.HeldInvoices;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// KPI records from a partner's held invoice (R-KPI-1, R-KPI-3, R-KPI-4) and from a support correction (R-DSC-2), on
/// 2026-01-15 under the small FY2026 rule set, where MOC weighs 1 KPI per unit. Contoso already has INV-1 line 1: 120 MOC
/// units invoiced 2025-10-15 for USD 11,400.
/// </summary>
public sealed class KpiRecordUseCaseTests : IDisposable
{
    private readonly UseCaseHost _host = new();

    [Fact]
    public async Task AHeldInvoiceCountsOnceSupportVerifiesIt()
    {
        var contoso = await ArrangeAsync();

        var submitted = await SubmitAsync(contoso, Held("INV-2", 1, units: 7));
        var id = await _host.WithDbAsync(db => db.HeldInvoices.Select(h => h.Id).SingleAsync());
        var version = await _host.WithDbAsync(db => db.HeldInvoices.Select(h => h.Version).SingleAsync());
        var verified = await _host.RunAsync<HeldInvoiceReviewService, Result>(s => s.VerifyAsync(id, version, CancellationToken.None));

        Assert.True(submitted.IsDone);
        Assert.True(verified.IsDone);
        var line = await _host.WithDbAsync(db => db.InvoiceLines.AsNoTracking().SingleAsync(l => l.InvoiceNumber == "INV-2"));
        Assert.Equal((7, 7m, "courseware"), (line.Units, line.KpiValue, line.KpiCategory)); // R-KPI-2: 7 units × 1
    }

    [Fact]
    public async Task ALineAlreadyRecordedIsNotSubmittedAgainAndSaysSo()
    {
        var contoso = await ArrangeAsync();

        var same = await SubmitAsync(contoso, Held("INV-1", 1, units: 120) with { InvoiceDate = new DateOnly(2025, 10, 15) });
        var other = await SubmitAsync(contoso, Held("INV-1", 1, units: 100) with { InvoiceDate = new DateOnly(2025, 10, 15) });

        Assert.Equal(RefusalCode.LineAlreadyRecorded, same.Refusal!.Code);
        Assert.Equal(["INV-1", 1], same.Refusal.Values);
        Assert.Equal(RefusalCode.LineRecordedWithOtherValues, other.Refusal!.Code);
        Assert.Equal("2025-10-15, MOC, 120 units, 11,400.00 USD", other.Refusal.Values[2]);
        Assert.Equal(0, await _host.WithDbAsync(db => db.HeldInvoices.CountAsync()));
    }

    [Fact]
    public async Task WithoutTheInvoiceDocumentTheSubmissionIsRefusedBesideTheDocumentField()
    {
        var contoso = await ArrangeAsync();

        var result = await SubmitAsync(contoso, Held("INV-2", 1, units: 7) with { Document = null });

        Assert.Equal((RefusalCode.InvoiceDocumentMissing, HeldInvoiceService.DocumentField), (result.Refusal!.Code, result.Refusal.Field));
    }

    [Fact]
    public async Task ACorrectionSupersedesTheRecordKeepsItAndTellsTheKpiChange()
    {
        var contoso = await ArrangeAsync();
        var caseId = (await _host.RunAsync<DiscrepancyCaseService, Result<int>>(s => s.SubmitAsync(contoso,
            new CaseSubmission(new DiscrepancyClaim(10, 2025, "MOC", 100, "INV-1", 100m, new Money(9_500m, "USD")), "Only 100 units", null),
            CancellationToken.None))).Value;
        var lineId = await _host.WithDbAsync(db => db.InvoiceLines.Select(l => l.Id).SingleAsync());
        var version = await _host.WithDbAsync(db => db.DiscrepancyCases.Select(c => c.Version).SingleAsync());

        var result = await _host.RunAsync<CaseResolutionService, Result>(s => s.CorrectAsync(caseId, version,
            new Correction(lineId, null, null, new DateOnly(2025, 10, 15), "MOC", 100, new Money(9_500m, "USD"), "Credit note for 20 units"),
            CancellationToken.None));

        Assert.True(result.IsDone);
        var lines = await _host.WithDbAsync(db => db.InvoiceLines.IgnoreQueryFilters().AsNoTracking().OrderBy(l => l.Id).ToListAsync());
        Assert.Equal([(120, true), (100, false)], lines.Select(l => (l.Units, l.SupersededAt is not null)));
        var resolved = await _host.WithDbAsync(db => db.DiscrepancyCases.AsNoTracking().SingleAsync());
        Assert.Equal((DiscrepancyStatus.Corrected, -20m), (resolved.Status, resolved.KpiChange)); // 100 − 120 KPI
        Assert.Equal($"case:{Arrange.Contoso}:{caseId}", await _host.WithDbAsync(db => db.PartnerNotifications.Select(n => n.Link).SingleAsync()));
    }

    [Fact]
    public async Task AnotherPartnersCaseIsNotFoundAndCannotBeAnswered()
    {
        var contoso = await ArrangeAsync();
        var fabrikam = await _host.PartnerAsync(Arrange.Fabrikam);
        var caseId = (await _host.RunAsync<DiscrepancyCaseService, Result<int>>(s => s.SubmitAsync(contoso,
            new CaseSubmission(new DiscrepancyClaim(10, 2025, "MOC", 100, "INV-1", 100m, new Money(9_500m, "USD")), null, null),
            CancellationToken.None))).Value;

        Assert.Null(await _host.RunAsync<DiscrepancyCaseService, CaseView?>(s => s.GetAsync(fabrikam, caseId, CancellationToken.None)));
        Assert.True((await _host.RunAsync<DiscrepancyCaseService, Result>(s =>
            s.AnswerAsync(fabrikam, caseId, Guid.Empty, "Mine now", null, CancellationToken.None))).IsNotFound);
    }

    public void Dispose() => _host.Dispose();

    private async Task<PartnerContext> ArrangeAsync()
    {
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso);
        return await _host.PartnerAsync(Arrange.Contoso);
    }

    private static HeldInvoiceSubmission Held(string invoice, int line, int units) =>
        new(invoice, line, new DateOnly(2025, 11, 3), "MOC", units, new Money(units * 95m, "USD"), Arrange.Pdf("invoice.pdf"));

    private Task<Result> SubmitAsync(PartnerContext partner, HeldInvoiceSubmission submission) =>
        _host.RunAsync<HeldInvoiceService, Result>(s => s.SubmitAsync(partner, submission, CancellationToken.None));
}
