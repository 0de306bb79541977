using System.Net;
using System.Text.Json;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 20, break 4: with the SQLite file removed or replaced under a running portal, pages answered 200, a form post
/// reported success into the removed file, and the next start made a new, empty database. Now every request is refused with
/// 503 and the health check says why; outside Development a missing file stops the start unless a new database is asked for.
/// </summary>
public sealed class DatabaseFileTests : IDisposable
{
    private const string Trainers = "/partners/4100001/trainers";
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task WithTheFileRemovedPagesAndPostsAreRefusedAndHealthIsUnhealthy()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync(Trainers);

        File.Delete(_factory.DatabasePath);
        await Task.Delay(DatabaseFile.RecheckMilliseconds + 100); // requests rely on a look at the file at most this old

        using var page = await admin.GetAsync("/partners/4100001");
        using var post = await admin.PostAsync(Trainers, TrainerForm(token));
        using var api = await admin.GetAsync("/api/v1/partners/4100001/kpi-report");
        using var health = await admin.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("<h1>The portal is unavailable</h1>", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode); // never the redirect of a saved trainer
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("database-file").GetString());
        Assert.False(File.Exists(_factory.DatabasePath)); // no new, empty file made in its place
    }

    [Fact]
    public async Task AFileReplacedByAnotherIsRefusedToo()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var other = PortalFactory.NewDatabasePath();
        using (var connection = new SqliteConnection($"Data Source={other}"))
        {
            connection.Open(); // an empty database, as a restore of the wrong file would be
        }

        File.Move(other, _factory.DatabasePath, overwrite: true);
        await Task.Delay(DatabaseFile.RecheckMilliseconds + 100);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await admin.GetAsync("/partners/4100001")).StatusCode);
    }

    [Fact]
    public async Task WhileTheFileIsInPlaceEverythingAnswersAsBefore()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var post = await admin.PostAsync(Trainers, TrainerForm(await admin.GetAntiforgeryTokenAsync(Trainers)));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task AWriteJustAfterTheFileWasRemovedIsNotReportedDoneEvenBeforeRequestsNotice()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await admin.GetAntiforgeryTokenAsync(Trainers);

        File.Delete(_factory.DatabasePath);
        using var post = await admin.PostAsync(Trainers, TrainerForm(token)); // within the requests' look-again time

        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode); // the save looks afresh: never the redirect of a saved trainer
        Assert.False(post.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("Benchmark")]
    [InlineData("Staging")]
    public void OutsideDevelopmentAMissingFileStopsTheStartAndSaysWhatToDo(string environment)
    {
        using var factory = new PortalFactory { EnvironmentName = environment }.WithSetting("SignIn:Personas", "true").WithSetting("Database:CreateIfMissing", null);

        var error = Record.Exception(() => factory.CreatePortalClient());

        Assert.NotNull(error);
        var message = string.Join(" | ", Messages(error));
        Assert.Contains($"The database file {factory.DatabasePath} does not exist.", message);
        Assert.Contains("Database:CreateIfMissing=true", message);
        Assert.False(File.Exists(factory.DatabasePath));
    }

    [Fact]
    public async Task OutsideDevelopmentANewDatabaseIsMadeWhenTheSettingAsksForIt()
    {
        using var factory = new PortalFactory { EnvironmentName = "Benchmark" }.WithSetting("SignIn:Personas", "true").WithSetting("Database:CreateIfMissing", "true");
        using var client = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.True(File.Exists(factory.DatabasePath));
    }

    public void Dispose() => _factory.Dispose();

    private static FormUrlEncodedContent TrainerForm(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["NewTrainer.Name"] = "Nia Lost",
        ["NewTrainer.MctId"] = "MCT-LOST-1",
        ["NewTrainer.ValidUntil"] = "2027-12-31",
        ["NewTrainer.EvidenceLink"] = "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123",
    });

    private static IEnumerable<string> Messages(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Messages))
                {
                    yield return inner;
                }
            }
        }
    }
}
