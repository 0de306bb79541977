using LearningPartner.Domain.Auditing;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.FactImports;
using LearningPartner.Domain.Invitations;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Reminders;
using LearningPartner.Domain.Resources;
using LearningPartner.Domain.Sessions;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningPartner.Infrastructure.Persistence;

/// <summary>The portal's one DbContext; each entity is configured in its own IEntityTypeConfiguration.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();

    public DbSet<PartnerUser> PartnerUsers => Set<PartnerUser>();

    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();

    public DbSet<Trainer> Trainers => Set<Trainer>();

    public DbSet<ExamPass> ExamPasses => Set<ExamPass>();

    public DbSet<ProgramYearRuleSet> ProgramYearRuleSets => Set<ProgramYearRuleSet>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<InvoiceLine> InvoiceLines => Set<InvoiceLine>();

    public DbSet<DiscrepancyCase> DiscrepancyCases => Set<DiscrepancyCase>();

    public DbSet<DiscrepancyCaseMessage> DiscrepancyCaseMessages => Set<DiscrepancyCaseMessage>();

    public DbSet<PartnerNotification> PartnerNotifications => Set<PartnerNotification>();

    public DbSet<DirectoryListing> DirectoryListings => Set<DirectoryListing>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ResourceLink> ResourceLinks => Set<ResourceLink>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    public DbSet<TrainerLapseReminder> TrainerLapseReminders => Set<TrainerLapseReminder>();

    public DbSet<InvoiceImport> InvoiceImports => Set<InvoiceImport>();

    public DbSet<InvoiceImportRow> InvoiceImportRows => Set<InvoiceImportRow>();

    public DbSet<FactImport> FactImports => Set<FactImport>();

    public DbSet<FactImportRow> FactImportRows => Set<FactImportRow>();

    public DbSet<HeldInvoice> HeldInvoices => Set<HeldInvoice>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        PartnerDataVersion.RenewForPendingChanges(this);
        if (!HasNewAuditEntries())
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (Database.CurrentTransaction is not null)
        {
            AuditChain.Seal(this);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.BeginTransaction();
        AuditChain.Seal(this);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        await PartnerDataVersion.RenewForPendingChangesAsync(this, cancellationToken);
        if (!HasNewAuditEntries())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The audit entries are linked into the chain in the same transaction that saves them (AuditChain).
        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.SealAsync(this, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.SealAsync(this, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        // Optimistic concurrency that works on both providers: SQLite has no rowversion, so the app
        // renews a Guid on every save and EF checks the original value in the UPDATE's WHERE clause.
        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; store UTC instants as sortable integers.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            // Exact decimals as scaled integers: native, exact SUM and ORDER BY (ADR-001).
            configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        }
    }

    private bool HasNewAuditEntries() => ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added);

    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
