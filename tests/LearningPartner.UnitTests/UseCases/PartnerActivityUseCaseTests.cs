using LearningPartner.Application.Audit;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Auditing;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// R-ORG-3: a partner's activity log — its own organisation's audit entries without support's internal work
/// (<see cref="PartnerAuditView"/>), by dates of the program's time zone (R-DATE-1), by kind, newest first, 50 a page.
/// </summary>
public sealed class PartnerActivityUseCaseTests : IDisposable
{
    private const string Staff = "7a1e0c55-0000-4000-8000-000000000051 (Sam Support)";
    private static readonly DateTimeOffset Noon = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private UseCaseHost _host = new();

    [Fact]
    public async Task APartnerReadsOnlyEntriesRecordedForItsOrganisationWhateverTheirValuesMention()
    {
        await _host.OrganisationsAsync();
        var (contoso, fabrikam) = (await _host.PartnerAsync(Arrange.Contoso), await _host.PartnerAsync(Arrange.Fabrikam));
        await EntryAsync(Noon, "TrainerAdded", "Trainer", "1", contoso.OrganisationId, after: """{"Name":"Ada","MctId":"MCT-1"}""");
        // Another organisation's entries, and one of no organisation, naming Contoso in their values.
        await EntryAsync(Noon, "TrainerAdded", "Trainer", "2", fabrikam.OrganisationId, after: """{"Name":"Contoso 4100001","MctId":"MCT-2"}""");
        await EntryAsync(Noon, "PartnerUserLinked", "PartnerUser", "3", fabrikam.OrganisationId, after: """{"PartnerId":"4100001"}""");
        await EntryAsync(Noon, "InvoiceImportCommitted", "InvoiceImport", "4", null, after: """{"FileName":"4100001.csv"}""");
        await EntryAsync(Noon, "TrainerAdded", "Trainer", "5", null, after: """{"PartnerId":"4100001"}""");

        var contosoLog = await PageAsync(contoso, new PartnerActivityFilter());
        var fabrikamLog = await PageAsync(fabrikam, new PartnerActivityFilter());

        Assert.Equal(["1"], contosoLog.Rows.Select(r => r.EntityId));
        Assert.Equal(["3", "2"], fabrikamLog.Rows.Select(r => r.EntityId)); // the same instant: the later entry first
        Assert.Equal(1, contosoLog.Total);
        Assert.Single(await ExportAsync(contoso, new PartnerActivityFilter()));
    }

    [Fact]
    public async Task SupportsInternalWorkIsLeftOutAndPeopleAreNamed()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        var organisation = contoso.OrganisationId;
        await EntryAsync(Noon, "DiscrepancyCaseSubmitted", "DiscrepancyCase", "7", organisation, after: """{"InvoiceNumber":"INV-7"}""");
        await EntryAsync(Noon.AddMinutes(1), "DiscrepancyCaseTaken", "DiscrepancyCase", "7", organisation,
            before: """{"Status":"Submitted","AssignedTo":null}""", after: $$"""{"Status":"InReview","AssignedTo":"{{Staff}}"}""", actor: Staff);
        await EntryAsync(Noon.AddMinutes(2), "DiscrepancyCaseQuestionAsked", "DiscrepancyCase", "7", organisation,
            before: $$"""{"Status":"InReview","AssignedTo":"{{Staff}}"}""", after: $$"""{"Status":"WaitingForPartner","AssignedTo":"{{Staff}}"}""",
            reason: "Please attach the invoice.", actor: Staff);
        await EntryAsync(Noon.AddMinutes(3), "SomethingNobodyDecidedOn", "DiscrepancyCase", "7", organisation, reason: "internal note");

        var log = await PageAsync(contoso, new PartnerActivityFilter());

        Assert.Equal(["DiscrepancyCaseQuestionAsked", "DiscrepancyCaseSubmitted"], log.Rows.Select(r => r.Action));
        var asked = log.Rows[0];
        Assert.Equal("Sam Support", asked.Who);
        Assert.Equal("""{"Status":"InReview"}""", asked.Before);
        Assert.Equal("""{"Status":"WaitingForPartner"}""", asked.After);
        Assert.Equal([new KeyValuePair<string, string>("Status", "WaitingForPartner")], asked.AfterValues);
        Assert.Equal("Please attach the invoice.", asked.Reason); // words the partner already read on its case
        Assert.Equal("""{"InvoiceNumber":"INV-7"}""", log.Rows[1].After); // values without staff-internal ones stay as recorded
        Assert.Equal(["DiscrepancyCase: DiscrepancyCaseQuestionAsked, DiscrepancyCaseSubmitted"], Kinds(log));
        Assert.Empty(await ExportAsync(contoso, new PartnerActivityFilter(Kind: "DiscrepancyCaseTaken")));
    }

    [Fact]
    public void EveryAuditActionIsDecidedForPartnersExactlyOnce()
    {
        var decided = PartnerAuditView.ForThePartner.Concat(PartnerAuditView.StaffInternal).ToList();

        Assert.Equal(Enum.GetValues<AuditAction>().Order(), decided.Order());
        Assert.Contains(AuditAction.DiscrepancyCaseTaken, PartnerAuditView.StaffInternal);
        Assert.Contains(AuditAction.DiscrepancyCaseRejected, PartnerAuditView.ForThePartner);
    }

    [Theory]
    [InlineData("oid-1 (Avery Admin)", "Avery Admin")]
    [InlineData("system", "system")]
    [InlineData("oid-2 (Lee (Contoso))", "Lee (Contoso)")]
    public void AnActorIsNamedAsPartnerPagesNamePeople(string actor, string who) => Assert.Equal(who, PartnerAuditView.Who(actor));

    [Fact]
    public async Task DatesAreDaysOfTheProgramsTimeZoneBothIncluded()
    {
        // R-DATE-1: in Shanghai (UTC+8) 10 January runs from 9 January 16:00 UTC to 10 January 16:00 UTC.
        _host.Dispose();
        _host = new UseCaseHost(timeZone: "Asia/Shanghai");
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        var day = new DateOnly(2026, 1, 10);
        await EntryAsync(new DateTimeOffset(2026, 1, 9, 15, 59, 59, 999, TimeSpan.Zero), "TrainerAdded", "Trainer", "9-last", contoso.OrganisationId);
        await EntryAsync(new DateTimeOffset(2026, 1, 9, 16, 0, 0, TimeSpan.Zero), "TrainerAdded", "Trainer", "10-first", contoso.OrganisationId);
        await EntryAsync(new DateTimeOffset(2026, 1, 10, 15, 59, 59, 999, TimeSpan.Zero), "TrainerAdded", "Trainer", "10-last", contoso.OrganisationId);
        await EntryAsync(new DateTimeOffset(2026, 1, 10, 16, 0, 0, TimeSpan.Zero), "TrainerAdded", "Trainer", "11-first", contoso.OrganisationId);

        Assert.Equal(["10-last", "10-first"], await IdsAsync(contoso, new PartnerActivityFilter(day, day)));
        Assert.Equal(["11-first", "10-last", "10-first"], await IdsAsync(contoso, new PartnerActivityFilter(From: day)));
        Assert.Equal(["10-last", "10-first", "9-last"], await IdsAsync(contoso, new PartnerActivityFilter(To: day)));
        Assert.Equal(["9-last"], await IdsAsync(contoso, new PartnerActivityFilter(To: day.AddDays(-1))));
        Assert.Equal(["10-last", "10-first"], (await ExportAsync(contoso, new PartnerActivityFilter(day, day))).Select(r => r.EntityId));
    }

    [Fact]
    public async Task AKindIsAnActionOrTheTypeOfRowItChanged()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        await EntryAsync(Noon, "TrainerAdded", "Trainer", "1", contoso.OrganisationId);
        await EntryAsync(Noon.AddHours(1), "TrainerRetired", "Trainer", "1", contoso.OrganisationId);
        await EntryAsync(Noon.AddHours(2), "ExamPassAdded", "ExamPass", "5", contoso.OrganisationId);

        Assert.Equal(["TrainerAdded"], await ActionsAsync(contoso, "TrainerAdded"));
        Assert.Equal(["TrainerRetired", "TrainerAdded"], await ActionsAsync(contoso, "Trainer"));
        Assert.Equal(["ExamPassAdded"], await ActionsAsync(contoso, "ExamPass"));
        Assert.Empty(await ActionsAsync(contoso, "OrderPlaced"));
        Assert.Equal(["ExamPass: ExamPassAdded", "Trainer: TrainerAdded, TrainerRetired"],
            Kinds(await PageAsync(contoso, new PartnerActivityFilter(Kind: "ExamPass"))));
    }

    [Fact]
    public async Task NewestFirstFiftyAPageAndTheExportHoldsEveryMatch()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        await _host.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 51; i++)
            {
                db.AuditEntries.Add(Entry(Noon.AddMinutes(i), "TrainerChanged", "Trainer", $"{i}", contoso.OrganisationId));
            }

            await db.SaveChangesAsync();
        });

        var first = await PageAsync(contoso, new PartnerActivityFilter());
        var second = await PageAsync(contoso, new PartnerActivityFilter(Page: 2));
        var beyond = await PageAsync(contoso, new PartnerActivityFilter(Page: 9));
        var all = await ExportAsync(contoso, new PartnerActivityFilter(Page: 2));

        Assert.Equal((51, 2), (first.Total, first.PageCount));
        Assert.Equal(PartnerActivityService.PageSize, first.Rows.Count);
        Assert.Equal(("51", "2"), (first.Rows[0].EntityId, first.Rows[^1].EntityId));
        Assert.Equal(["1"], second.Rows.Select(r => r.EntityId));
        Assert.Equal(2, beyond.Filter.Page);
        Assert.Equal(["1"], beyond.Rows.Select(r => r.EntityId));
        Assert.Equal(51, all.Count);
        Assert.Equal(("51", "1"), (all[0].EntityId, all[^1].EntityId));
    }

    public void Dispose() => _host.Dispose();

    private static AuditEntry Entry(DateTimeOffset at, string action, string entityType, string entityId, int? organisationId, string? before = null,
        string? after = null, string? reason = null, string actor = UseCaseHost.Actor) =>
        new(at, actor, action, entityType, entityId, organisationId, before, after, reason);

    private Task EntryAsync(DateTimeOffset at, string action, string entityType, string entityId, int? organisationId, string? before = null,
        string? after = null, string? reason = null, string actor = UseCaseHost.Actor) => _host.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(Entry(at, action, entityType, entityId, organisationId, before, after, reason, actor));
            await db.SaveChangesAsync();
        });

    private Task<PartnerActivityPage> PageAsync(PartnerContext partner, PartnerActivityFilter filter) =>
        _host.RunAsync<PartnerActivityService, PartnerActivityPage>(s => s.GetAsync(partner, filter, CancellationToken.None));

    private Task<IReadOnlyList<PartnerActivityRow>> ExportAsync(PartnerContext partner, PartnerActivityFilter filter) =>
        _host.RunAsync<PartnerActivityService, IReadOnlyList<PartnerActivityRow>>(s => s.ExportAsync(partner, filter, CancellationToken.None));

    private async Task<List<string>> IdsAsync(PartnerContext partner, PartnerActivityFilter filter) =>
        [.. (await PageAsync(partner, filter)).Rows.Select(r => r.EntityId)];

    /// <summary>The kinds to filter by, each as "type: its actions".</summary>
    private static IEnumerable<string> Kinds(PartnerActivityPage log) => log.Kinds.Select(k => $"{k.EntityType}: {string.Join(", ", k.Actions)}");

    private async Task<List<string>> ActionsAsync(PartnerContext partner, string kind) =>
        [.. (await PageAsync(partner, new PartnerActivityFilter(Kind: kind))).Rows.Select(r => r.Action)];
}
