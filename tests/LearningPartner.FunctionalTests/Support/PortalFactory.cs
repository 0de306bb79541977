using LearningPartner.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace LearningPartner.FunctionalTests.Support;

/// <summary>
/// The real portal on a real SQLite file database of its own (never the EF InMemory provider), migrated and
/// seeded with the demo world at a fixed "now", in the Development environment with the local personas.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// The host names a test portal outside Development answers (it refuses to start without AllowedHosts): the test
    /// server's and the loopback addresses of a real port.
    /// </summary>
    public const string TestHosts = "localhost;127.0.0.1;[::1]";

    /// <summary>The fixed clock of every functional test: Wednesday 2026-11-25, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = new();

    private IWebHostEnvironment? _environment;
    private LogCapture? _logs;

    public PortalFactory()
        : this(NewDatabasePath())
    {
    }

    private PortalFactory(string databasePath)
    {
        DatabasePath = databasePath;
        foreach (var (key, value) in TestSettings(databasePath))
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Another instance on the same database file: several instances behind a load balancer.</summary>
    public static PortalFactory SharingDatabaseWith(PortalFactory other) => new(other.DatabasePath);

    public static string NewDatabasePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "learning-partner-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>
    /// The settings of a test portal on the database file, in this factory and in <see cref="PortalProcess"/>: demo data,
    /// files beside the database (<see cref="DeleteDatabase"/> removes them), no background senders, raised rate limits.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TestSettings(string databasePath)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
            ["Database:SeedDemoData"] = "true",
            ["Database:CreateIfMissing"] = "true", // every test starts on a new file, in any environment
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Storage:DocumentsPath"] = databasePath + "-proofs",
            ["Email:PickupDirectory"] = databasePath + "-outbox",
            ["Reminders:Enabled"] = "false", // tests run the dispatcher themselves
            ["Notifications:Enabled"] = "false", // likewise
        };
        // Every test client comes from one address: rate limits are raised here; their own tests lower them again.
        foreach (var policy in new[] { "Directory", "SignIn", "Uploads", "Imports", "Cases" })
        {
            settings[$"RateLimits:{policy}:PermitLimit"] = "1000000";
        }

        return settings;
    }

    /// <summary>Adds or overrides a configuration value before the host starts.</summary>
    public PortalFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Every log event of this portal also goes to <paramref name="logs"/> (set before the host starts).</summary>
    public PortalFactory CapturingLogs(LogCapture logs)
    {
        _logs = logs;
        return this;
    }

    public HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        if (EnvironmentName != Environments.Development && !_settings.ContainsKey("AllowedHosts"))
        {
            builder.UseSetting("AllowedHosts", TestHosts);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (_logs is not null)
            {
                services.AddSingleton<ILogEventSink>(_logs);
            }
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _environment = host.Services.GetRequiredService<IWebHostEnvironment>();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _environment is not null)
        {
            // A host does not dispose its environment's file providers, and each holds an inotify instance once a file is
            // watched (asp-append-version watches site.css and site.js): hundreds of test hosts would exhaust the machine's 128.
            DisposeAll(_environment.WebRootFileProvider);
            DisposeAll(_environment.ContentRootFileProvider);
            _environment = null;
        }

        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Removes a test database file with its WAL files, documents folder and mail outbox.</summary>
    public static void DeleteDatabase(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        foreach (var folder in new[] { databasePath + "-proofs", databasePath + "-outbox" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void DisposeAll(IFileProvider provider)
    {
        if (provider is CompositeFileProvider composite)
        {
            foreach (var inner in composite.FileProviders)
            {
                DisposeAll(inner);
            }
        }

        (provider as IDisposable)?.Dispose();
    }
}
