using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Email;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Reminders;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningPartner.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "LearningPartner.Infrastructure.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "LearningPartner.Infrastructure.Migrations.SqlServer";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/learning-partner.db";

    /// <summary>Registers the DbContext on the configured provider, the clock and the audit trail.</summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services,
        IConfiguration configuration, string contentRootPath)
    {
        // A mistyped provider fails here with the two it could be, not later with a binder's message.
        var provider = configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"];
        if (!string.IsNullOrWhiteSpace(provider) && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not known: use Sqlite (the embedded default) or SqlServer. See docs/operations.md.");
        }

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<ProgramOptions>(configuration.GetSection(ProgramOptions.SectionName));

        var sqliteConnectionString = options.Provider == DatabaseProvider.SqlServer
            ? null
            : ResolveSqlitePath(configuration.GetConnectionString("Sqlite") ?? DefaultSqliteConnectionString, contentRootPath);
        services.AddSingleton(sp => new DatabaseFile(sqliteConnectionString is null ? null : DatabaseFile.PathOf(sqliteConnectionString),
            sp.GetRequiredService<ILogger<DatabaseFile>>()));

        // Pooled: a request's context is reset and reused, not built anew (issue 12's load benchmark; the context holds no state).
        services.AddDbContextPool<PortalDbContext>((serviceProvider, builder) =>
        {
            builder.AddInterceptors(new DatabaseFileGuard(serviceProvider.GetRequiredService<DatabaseFile>()));
            // One-time actions are enforced by unique keys and row versions (an order per option, a payment per order,
            // an invoice line once…): a refused write is caught and told to its user, so EF's own reports of the failed
            // command are warnings. A failure nobody catches still reaches the error log through the exception handler.
            builder.ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Warning),
                (CoreEventId.SaveChangesFailed, LogLevel.Warning)));
            if (options.Provider == DatabaseProvider.SqlServer)
            {
                var connectionString = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set. " +
                        "Set it (e.g. the environment variable ConnectionStrings__SqlServer); see docs/operations.md.");
                }

                UseSqlServer(builder, connectionString);
            }
            else
            {
                UseSqlite(builder, sqliteConnectionString!);
            }
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ProgramClock>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<RuleSetLoader>();
        services.AddScoped<KpiQueries>();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton<DocumentStore>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.SectionName));
        services.AddSingleton<EmailSender>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.RenewalDays.Problem is null, "Reminders: the renewal reminder days are invalid (R-RNW-2, docs/configuration.md)")
            .ValidateOnStart();
        services.AddHostedService<ReminderService>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.AddScoped<PartnerNotifier>();
        services.AddScoped<NotificationDispatcher>();
        services.AddSingleton<NotificationSignal>();
        services.AddHostedService<NotificationService>();
        services.AddSingleton<RuleSetCatalogProvider>();
        services.AddSingleton<SqlitePreparedReads>();
        return services;
    }

    /// <remarks>
    /// EF's warning that a table-rebuilding SQLite migration cannot run in a transaction is not for a new user to act on: the
    /// start-up copies a database with data before migrating it and says so (DatabaseInitializer), a new one has nothing to lose.
    /// </remarks>
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));

    public static DbContextOptionsBuilder UseSqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly));

    /// <summary>
    /// A relative SQLite file path is taken from the content root, and its folder is created. The portal's connections open
    /// the file but never create it (issue 20): a new database file is made only at start-up, when allowed (DatabaseFile).
    /// </summary>
    internal static string ResolveSqlitePath(string connectionString, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource)
                ? builder.DataSource
                : Path.GetFullPath(Path.Combine(contentRootPath, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
            if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
            {
                builder.Mode = SqliteOpenMode.ReadWrite;
            }
        }

        return builder.ToString();
    }
}
