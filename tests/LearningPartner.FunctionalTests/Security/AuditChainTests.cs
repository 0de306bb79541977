using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Auditing;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.Discrepancies.CaseFlow;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V16): the audit trail is a hash chain. Verification recomputes it and points at the first broken link
/// after a row is edited, removed or inserted by hand in the database; concurrent writers keep it whole.
/// </summary>
public sealed partial class AuditChainTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task EntriesWrittenTogetherFormAnUnbrokenChain()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync(NewCase);

        // Eight cases submitted at once: eight audit entries written by concurrent transactions.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => SubmitWithTokenAsync(admin, token, $"CM2610-95{i:00}")));

        var entries = await EntriesAsync();
        Assert.Equal(8, entries.Count(e => e.Action == "DiscrepancyCaseSubmitted"));
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long?)i), entries.Select(e => e.Sequence));
        Assert.Equal(("true", entries.Count), await VerifyAsync());
    }

    [Fact]
    public async Task AnEntryEditedByHandIsTheFirstBrokenLink()
    {
        await WriteEntriesAsync(5);

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Reason = 'nothing happened' WHERE Sequence = 3"));

        var html = await VerifyPageAsync();
        Assert.Contains("data-broken-sequence=\"3\"", html);
        Assert.Contains("Entry 3 was changed after it was written", html);
        Assert.Contains("The first 2 entries hold", html);
    }

    [Fact]
    public async Task AnEditWhoseHashWasRecomputedBreaksTheNextLink()
    {
        await WriteEntriesAsync(5);
        await _factory.WithDbAsync(async db =>
        {
            // The forger edits entry 2 and gives it the hash its new content makes; entry 3 still names the old one.
            var entry = await db.AuditEntries.SingleAsync(a => a.Sequence == 2);
            var forged = new AuditEntry(entry.At, entry.Actor, entry.Action, entry.EntityType, entry.EntityId, entry.PartnerOrganisationId, entry.Before,
                "{\"forged\":true}", entry.Reason);
            forged.Seal(2, entry.PreviousHash!);
            return await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET After = {0}, Hash = {1} WHERE Sequence = 2", forged.After!, forged.Hash!);
        });

        var html = await VerifyPageAsync();
        Assert.Contains("data-broken-sequence=\"3\"", html);
        Assert.Contains("Entry 3 does not follow entry 2", html);
    }

    [Theory]
    [InlineData("DELETE FROM AuditEntries WHERE Sequence = 2", "2", "Entry 2 is missing: the chain goes from entry 1 to entry 3.")]
    [InlineData("DELETE FROM AuditEntries WHERE Sequence = 5", "5", "The chain ends at entry 4, but entries up to 5 were written: the last ones were removed.")]
    public async Task ARemovedEntryIsFound(string sql, string brokenSequence, string problem)
    {
        await WriteEntriesAsync(5);

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));

        var html = WebUtility.HtmlDecode(await VerifyPageAsync());
        Assert.Contains($"data-broken-sequence=\"{brokenSequence}\"", html);
        Assert.Contains(problem, html);
    }

    [Fact]
    public async Task AnEntryInsertedByHandIsFound()
    {
        await WriteEntriesAsync(2);

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO AuditEntries (At, Actor, Action, EntityType, EntityId) VALUES (0, 'someone', 'PaymentConfirmed', 'Payment', '1')"));

        Assert.Contains("is not in the chain: it was inserted by hand.", await VerifyPageAsync());
    }

    [Fact]
    public async Task EntriesWrittenBeforeTheChainExistedAreLinkedAtStartInTheirOrder()
    {
        await WriteEntriesAsync(2);
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO AuditEntries (At, Actor, Action, EntityType, EntityId) VALUES (0, 'system', 'Legacy', 'Payment', '1'), (0, 'system', 'Legacy', 'Payment', '2')"));

        using var restarted = PortalFactory.SharingDatabaseWith(_factory); // the next start of the portal on this database
        var sequences = await restarted.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Legacy").OrderBy(a => a.Id).Select(a => a.Sequence).ToListAsync());

        Assert.Equal([3L, 4L], sequences.Select(s => s!.Value));
        using var support = await restarted.SignedInClientAsync(Personas.Support);
        Assert.Contains("data-intact=\"true\"", await support.GetStringAsync("/staff/audit/verify"));
    }

    public void Dispose() => _factory.Dispose();

    private async Task WriteEntriesAsync(int count)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        for (var i = 0; i < count; i++)
        {
            await OpenAsync(admin, Claim($"CM2610-96{i:00}"));
        }
    }

    private static async Task SubmitWithTokenAsync(HttpClient client, string token, string invoice)
    {
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in Claim(invoice))
        {
            form.Add(new StringContent(value), $"Case.{name}");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(Cases, form)).StatusCode);
    }

    private Task<List<AuditEntry>> EntriesAsync() => _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync());

    private async Task<string> VerifyPageAsync()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        return await support.GetStringAsync("/staff/audit/verify");
    }

    private async Task<(string Intact, int Entries)> VerifyAsync()
    {
        var html = await VerifyPageAsync();
        return (IntactFlag().Match(html).Groups[1].Value, int.Parse(EntryCount().Match(html).Groups[1].Value));
    }

    [GeneratedRegex("data-intact=\"(\\w+)\"")]
    private static partial Regex IntactFlag();

    [GeneratedRegex("all (\\d+) entries give their hashes")]
    private static partial Regex EntryCount();
}
