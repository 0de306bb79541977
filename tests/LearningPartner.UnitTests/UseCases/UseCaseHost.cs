using LearningPartner.Application;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Email;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.UnitTests.Persistence;
using LearningPartner.UnitTests.Rules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// The application layer as the portal composes it (<see cref="ApplicationServices.AddApplication"/>), on a real SQLite
/// database kept open in memory, with the program's clock fixed on <see cref="Today"/> and the small rule set of
/// <see cref="TestRuleSets"/> (FY2026) unless a test gives another. Each call runs in its own scope, as a request does.
/// </summary>
internal sealed class UseCaseHost : IDisposable
{
    public static readonly DateOnly Today = new(2026, 1, 15);

    public const string Actor = "00000000-0000-0000-0000-0000000000aa (Test Admin)";

    private readonly SqliteConnection _connection = TestDatabases.OpenMigratedSqlite();
    private readonly string _documents = Path.Combine(Path.GetTempPath(), $"lp-usecases-{Guid.NewGuid():N}");
    private readonly ServiceProvider _services;

    /// <param name="timeZone">The program's time zone (R-DATE-1), UTC unless a test needs another.</param>
    public UseCaseHost(ProgramRuleSet? ruleSet = null, string timeZone = "UTC")
    {
        Time = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var catalogs = new RuleSetCatalogProvider();
        catalogs.Set(new RuleSetCatalog([ruleSet ?? TestRuleSets.Small()]));
        var services = new ServiceCollection();
        services.AddLogging();
        // Made as every other unit test makes its context, so they share EF's model (compiled queries are bound to one model).
        services.AddScoped(_ => TestDatabases.Sqlite(_connection));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Options.Create(new ProgramOptions { TimeZone = timeZone }));
        services.AddSingleton<ProgramClock>();
        services.AddSingleton(Mock.Of<ICurrentActor>(a => a.Describe() == Actor));
        services.AddSingleton(Mock.Of<IHostEnvironment>(e => e.ContentRootPath == _documents));
        services.AddSingleton(Options.Create(new StorageOptions { DocumentsPath = _documents }));
        services.AddSingleton<DocumentStore>();
        services.AddSingleton(catalogs);
        services.AddSingleton<SqlitePreparedReads>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<IPortalLinks, TestLinks>();
        services.AddSingleton(Options.Create(new EmailOptions { PickupDirectory = Path.Combine(_documents, "outbox") }));
        services.AddSingleton<EmailSender>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(TestWireInstructions.For("USD", "EUR")).Build());
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<KpiQueries>();
        services.AddScoped<PartnerNotifier>();
        // The words of notices and mails are the web project's resources, as in the portal.
        services.AddSingleton<INoticeRenderer>(Notifications.TestRenderers.Real());
        services.AddApplication();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; }

    /// <summary>Where mail is written (the pickup directory): .eml files.</summary>
    public string Outbox => Path.Combine(_documents, "outbox");

    /// <summary>Runs a use case in its own scope, as one request.</summary>
    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> use)
        where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    /// <summary>Reads or writes the database directly, to arrange a test or to see what a use case left.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task WithDbAsync(Func<PortalDbContext, Task> use) => WithDbAsync(async db =>
    {
        await use(db);
        return 0;
    });

    /// <summary>The context the route filter would resolve for a partner id, data version included.</summary>
    public Task<PartnerContext> PartnerAsync(string partnerId) =>
        RunAsync<PartnerContexts, PartnerContext>(async c => (await c.FindAsync(partnerId, CancellationToken.None))!);

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
        if (Directory.Exists(_documents))
        {
            Directory.Delete(_documents, recursive: true);
        }
    }

    private sealed class TestLinks : IPortalLinks
    {
        public string DiscrepancyCase(string partnerId, int caseId) => $"case:{partnerId}:{caseId}";

        public string Overview(string partnerId) => $"overview:{partnerId}";

        public string HeldInvoices(string partnerId) => $"held-invoices:{partnerId}";

        public string Listing(string partnerId) => $"listing:{partnerId}";

        public string Trainers(string partnerId) => $"trainers:{partnerId}";

        public string ExamPasses(string partnerId) => $"exams:{partnerId}";

        public string Renewal(string partnerId, int enrollmentId) => $"renewal:{partnerId}:{enrollmentId}";

        public string Invitation(string token) => $"/invitations/{token}";

        public string Order(string partnerId, int orderId) => $"order:{partnerId}:{orderId}";
    }
}
