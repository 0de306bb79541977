using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>
/// Issue 12: a partner's data version changes in the same transaction as any change to a row naming the partner, and
/// only then — the dashboard cache relies on it.
/// </summary>
public sealed class PartnerDataVersionTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = TestDatabases.OpenMigratedSqlite();
    private readonly int _contoso;
    private readonly int _fabrikam;

    public PartnerDataVersionTests()
    {
        using var db = TestDatabases.Sqlite(_connection);
        var contoso = new PartnerOrganisation("4100001", "Contoso", "US");
        var fabrikam = new PartnerOrganisation("4100002", "Fabrikam", "FR");
        db.PartnerOrganisations.AddRange(contoso, fabrikam);
        db.SaveChanges();
        (_contoso, _fabrikam) = (contoso.Id, fabrikam.Id);
    }

    [Fact]
    public void ANewOrganisationStartsWithItsOwnVersion()
    {
        var (contoso, fabrikam) = Versions();

        Assert.NotEqual(0, contoso);
        Assert.NotEqual(contoso, fabrikam);
    }

    [Fact]
    public async Task AddingChangingAndRemovingARowWithTheOrganisationsIdRenewsOnlyItsVersion()
    {
        var (contoso, fabrikam) = Versions();
        await SaveAsync(db => db.Trainers.Add(new Trainer(_contoso, "Avery", "MCT-1", Today.AddYears(1), TestFacts.Verified)));
        var added = Versions();
        await SaveAsync(db => db.Trainers.Single().Retire(Today));
        var changed = Versions();
        await SaveAsync(db => db.Trainers.Remove(db.Trainers.Single()));
        var removed = Versions();

        Assert.NotEqual(contoso, added.Contoso);
        Assert.NotEqual(added.Contoso, changed.Contoso);
        Assert.NotEqual(changed.Contoso, removed.Contoso);
        Assert.Equal(fabrikam, removed.Fabrikam);
    }

    [Fact]
    public async Task AnInvoiceLineRenewsTheVersionOfTheOrganisationWithItsPartnerId()
    {
        var (contoso, fabrikam) = Versions();

        await SaveAsync(db => db.InvoiceLines.Add(Line("4100002")));

        var after = Versions();
        Assert.Equal(contoso, after.Contoso);
        Assert.NotEqual(fabrikam, after.Fabrikam);
    }

    [Fact]
    public void TheSynchronousSaveRenewsToo()
    {
        var (contoso, _) = Versions();

        using (var db = TestDatabases.Sqlite(_connection))
        {
            db.Trainers.Add(new Trainer(_contoso, "Avery", "MCT-1", Today.AddYears(1), TestFacts.Verified));
            db.SaveChanges();
        }

        Assert.NotEqual(contoso, Versions().Contoso);
    }

    [Fact]
    public async Task AnInvoiceLineOfAPartnerIdWithoutOrganisationIsSavedAndRenewsNothing()
    {
        var before = Versions();

        await SaveAsync(db => db.InvoiceLines.Add(Line("4199999")));

        Assert.Equal(before, Versions());
        await using var db = TestDatabases.Sqlite(_connection);
        Assert.Equal(1, await db.InvoiceLines.CountAsync());
    }

    [Fact]
    public async Task AReadRenewsNothing()
    {
        var before = Versions();

        await using (var db = TestDatabases.Sqlite(_connection))
        {
            _ = await db.PartnerOrganisations.ToListAsync();
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, Versions());
    }

    [Fact]
    public async Task AFailedSaveLeavesTheVersionAsItWas()
    {
        await SaveAsync(db => db.InvoiceLines.Add(Line("4100001")));
        var before = Versions();

        // The same invoice line again: refused by the unique key, so the whole save is rolled back.
        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(db => db.InvoiceLines.Add(Line("4100001"))));

        Assert.Equal(before, Versions());
    }

    [Fact]
    public async Task TheBulkPathRenewsInsideTheCallersTransactionOnly()
    {
        var (contoso, fabrikam) = Versions();
        await using var db = TestDatabases.Sqlite(_connection);

        await Assert.ThrowsAsync<InvalidOperationException>(() => PartnerDataVersion.RenewAsync(db, ["4100001"], CancellationToken.None));
        await db.InTransactionAsync(async ct =>
        {
            await PartnerDataVersion.RenewAsync(db, ["4100001", "4199999"], ct);
            return 0;
        });

        Assert.NotEqual(contoso, Versions().Contoso);
        Assert.Equal(fabrikam, Versions().Fabrikam);
    }

    [Fact]
    public async Task ARolledBackBulkRenewalLeavesTheVersionAsItWas()
    {
        var before = Versions();
        await using var db = TestDatabases.Sqlite(_connection);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync<int>(async ct =>
        {
            await PartnerDataVersion.RenewAsync(db, ["4100001"], ct);
            throw new InvalidOperationException("the import failed after the renewal");
        }));

        Assert.Equal(before, Versions());
    }

    public void Dispose() => _connection.Dispose();

    private static InvoiceLine Line(string partnerId) =>
        new(partnerId, "INV-1", 1, Today.AddDays(-3), "MOC", 2, new Money(190m, "USD"), "test", Now);

    private async Task SaveAsync(Action<PortalDbContext> change)
    {
        await using var db = TestDatabases.Sqlite(_connection);
        change(db);
        await db.SaveChangesAsync();
    }

    private (long Contoso, long Fabrikam) Versions()
    {
        using var db = TestDatabases.Sqlite(_connection);
        var versions = db.PartnerOrganisations.AsNoTracking()
            .Select(o => new { o.Id, Version = EF.Property<long>(o, PartnerDataVersion.Property) })
            .ToDictionary(o => o.Id, o => o.Version);
        return (versions[_contoso], versions[_fabrikam]);
    }
}
