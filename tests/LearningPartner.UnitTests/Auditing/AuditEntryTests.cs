using LearningPartner.Domain.Auditing;

namespace LearningPartner.UnitTests.Auditing;

/// <summary>Issue 11: an audit entry's hash covers every field and the previous hash; sealing happens once.</summary>
public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheSameContentGivesTheSameHashAndAnyChangeAnother()
    {
        var original = Sealed(Entry(), 7, AuditEntry.GenesisHash);
        var hashes = new[]
        {
            Sealed(Entry(), 7, AuditEntry.GenesisHash).Hash,
            Sealed(Entry(), 8, AuditEntry.GenesisHash).Hash,
            Sealed(Entry(), 7, new string('1', 64)).Hash,
            Sealed(Entry(actor: "someone else"), 7, AuditEntry.GenesisHash).Hash,
            Sealed(Entry(after: "{\"Units\":15}"), 7, AuditEntry.GenesisHash).Hash,
            Sealed(Entry(reason: null), 7, AuditEntry.GenesisHash).Hash,
            Sealed(new AuditEntry(At.AddMilliseconds(1), "oid (Sam)", "KpiRecordSuperseded", "InvoiceLine", "12", 1, "{\"Units\":10}", "{\"Units\":14}", "Invoice"),
                7, AuditEntry.GenesisHash).Hash,
        };

        Assert.Equal(original.Hash, hashes[0]);
        Assert.Equal(hashes.Length - 1, hashes.Skip(1).Distinct().Count(h => h != original.Hash));
        Assert.Matches("^[0-9a-f]{64}$", original.Hash);
        Assert.Equal(original.Hash, original.ComputeHash());
    }

    /// <summary>
    /// A real clock's time (to the tick) is kept in whole milliseconds, which SQLite's storage (a tenth of a millisecond)
    /// reads back exactly: the hash of an entry read back is the hash it was sealed with.
    /// </summary>
    [Fact]
    public void TheTimeIsKeptAsTheDatabaseReadsItBack()
    {
        var entry = new AuditEntry(At.AddTicks(1_234_567), "oid (Sam)", "PaymentConfirmed", "Payment", "1", 1, null, null, null);
        var storage = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();

        var readBack = (DateTimeOffset)storage.ConvertFromProvider(storage.ConvertToProvider(entry.At)!)!;

        Assert.Equal(At.AddMilliseconds(123), entry.At);
        Assert.Equal(entry.At, readBack);
    }

    [Fact]
    public void AnEntryIsSealedOnce() =>
        Assert.Throws<InvalidOperationException>(() => Sealed(Entry(), 1, AuditEntry.GenesisHash).Seal(2, AuditEntry.GenesisHash));

    private static AuditEntry Sealed(AuditEntry entry, long sequence, string previous)
    {
        entry.Seal(sequence, previous);
        return entry;
    }

    private static AuditEntry Entry(string actor = "oid (Sam)", string after = "{\"Units\":14}", string? reason = "Invoice") =>
        new(At, actor, "KpiRecordSuperseded", "InvoiceLine", "12", 1, "{\"Units\":10}", after, reason);
}
