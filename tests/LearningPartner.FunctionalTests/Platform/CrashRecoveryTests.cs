using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LearningPartner.FunctionalTests.Imports;
using LearningPartner.FunctionalTests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 12: the portal process is killed (SIGKILL) in the middle of an import's commit and of a payment
/// confirmation. After a restart on the same SQLite file, what was committed is there, nothing is half-written, and the
/// user can simply press the button again: the action is then done once.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _database = PortalFactory.NewDatabasePath();
    private readonly CookieContainer _cookies = new();
    private PortalProcess? _portal;

    [Fact]
    public async Task KilledInTheMiddleOfAnImportCommitNothingIsRecordedAndTheCommitCanBeSentAgain()
    {
        // 150,000 new lines: enough that the commit is still recording when the process is killed.
        const int Rows = 150_000;
        var support = await StartAsync(Personas.Support);
        var csv = new StringBuilder(ImportFlow.Header).Append('\n');
        for (var n = 0; n < Rows; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"4100001,Invoice,K{n:D7},1,2026-10-05,MOC,1,95.00,USD\n");
        }

        var preview = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes(csv.ToString()), "crash.csv");
        var importId = long.Parse(preview[(preview.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var version = await support.FormValueAsync(preview, $"{preview}/commit", "version");
        var token = await support.GetAntiforgeryTokenAsync(preview);

        var progressId = Guid.NewGuid();
        var commit = support.PostAsync($"{preview}/commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = version,
            ["progressId"] = progressId.ToString(),
            ["__RequestVerificationToken"] = token,
        }));
        var recorded = await WaitUntilRecordingAsync(support, progressId, commit);
        _portal!.Kill();
        output.WriteLine($"killed with {recorded:N0} of {Rows:N0} lines sent to the database");
        await Assert.ThrowsAnyAsync<Exception>(() => commit);

        // Nothing of the commit is in the database: no line, the import not marked, no audit entry.
        Assert.Equal(0, Scalar($"SELECT COUNT(*) FROM InvoiceLines WHERE Source = 'import:{importId}'"));
        Assert.Equal(0, Scalar($"SELECT COUNT(*) FROM InvoiceImports WHERE Id = {importId} AND CommittedAt IS NOT NULL"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'InvoiceImportCommitted'"));

        // Restarted, the same page's commit button works, once.
        support = await RestartAsync(_cookies);
        using (var again = await support.PostFormAsync(preview, $"{preview}/commit", ("version", version)))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $": {Rows} lines recorded."), WebUtility.HtmlDecode(await support.GetStringAsync(preview)));
        using (var third = await support.PostFormAsync(preview, $"{preview}/commit", ("version", version)))
        {
            Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        }

        Assert.Equal(Rows, Scalar($"SELECT COUNT(*) FROM InvoiceLines WHERE Source = 'import:{importId}'"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'InvoiceImportCommitted'"));
        await TheAuditChainIsIntactAsync(support);
    }

    [Fact]
    public async Task KilledWhileConfirmingAPaymentTheConfirmationIsAllOrNothingAndDoneOnce()
    {
        var admin = await StartAsync(Personas.ContosoAdmin);
        var supportCookies = new CookieContainer();
        var support = _portal!.CreateClient(supportCookies);
        await support.SignInAsync(Personas.Support);

        // Contoso's demo order for silver Security waits for payment: the partner sends its proof.
        var orderId = Scalar("SELECT Id FROM Orders WHERE IdempotencyKey = 'demo-order-1'");
        using (var upload = await Enrollment.EnrollmentFlow.UploadProofAsync(admin, "4100001", (int)orderId, PageValues.PdfProof, "transfer.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var paymentId = Scalar($"SELECT Id FROM Payments WHERE OrderId = {orderId}");
        var action = $"/staff/payments/{paymentId}/confirm";
        var receipt = Enrollment.EnrollmentFlow.ExactReceipt(await support.GetStringAsync("/staff/payments"), (int)paymentId);

        // Support presses "Confirm". A trigger (test-only, in this test's database file) makes the payment's update slow, so
        // the process is killed while its transaction is open: the write lock is held and the payment row is updated.
        Execute("""
            CREATE TABLE SlowDown (x INTEGER);
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) INSERT INTO SlowDown SELECT x FROM n;
            CREATE TRIGGER SlowPaymentUpdate AFTER UPDATE ON Payments BEGIN SELECT count(*) FROM SlowDown a, SlowDown b; END;
            """);
        var token = await support.GetAntiforgeryTokenAsync("/staff/payments");
        var confirm = support.PostAsync(action, new FormUrlEncodedContent(receipt.Append(("__RequestVerificationToken", token))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        await WaitUntilWritingAsync(confirm);
        await Task.Delay(200);
        _portal.Kill();
        await Assert.ThrowsAnyAsync<Exception>(() => confirm);

        Assert.Equal("nothing", ConfirmationState(paymentId, orderId));
        Execute("DROP TRIGGER SlowPaymentUpdate; DROP TABLE SlowDown;");
        support = await RestartAsync(supportCookies);

        // Pressed again from the same page: confirmed now; pressed once more: told it was — never twice.
        foreach (var expected in new[] { "The payment was confirmed and the option is active.", "This payment has already been decided." })
        {
            using var again = await support.PostFormAsync("/staff/payments", action, receipt);
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Contains(expected, WebUtility.HtmlDecode(await support.GetStringAsync(again.Headers.Location)));
        }

        Assert.Equal("all", ConfirmationState(paymentId, orderId));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'PaymentConfirmed'"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'EnrollmentActivated'"));
        await TheAuditChainIsIntactAsync(support);
    }

    public void Dispose()
    {
        _portal?.Dispose();
        PortalFactory.DeleteDatabase(_database);
    }

    /// <summary>The payment confirmation's four writes: all present ("all"), none ("nothing"), or which ones.</summary>
    private string ConfirmationState(long paymentId, long orderId)
    {
        var parts = new[]
        {
            Scalar($"SELECT COUNT(*) FROM Payments WHERE Id = {paymentId} AND ConfirmedOn IS NOT NULL") == 1,
            Scalar($"SELECT COUNT(*) FROM Orders WHERE Id = {orderId} AND Status = 'Paid'") == 1,
            Scalar($"SELECT COUNT(*) FROM Enrollments e JOIN Orders o ON o.EnrollmentId = e.Id WHERE o.Id = {orderId} AND e.ActivationDate IS NOT NULL") == 1,
            Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'PaymentConfirmed'") == 1,
        };
        return parts.All(p => p) ? "all" : parts.Any(p => p) ? $"partly: payment/order/enrollment/audit = {string.Join("/", parts)}" : "nothing";
    }

    private async Task<HttpClient> StartAsync(string persona)
    {
        _portal = await PortalProcess.StartAsync(_database);
        var client = _portal.CreateClient(_cookies);
        await client.SignInAsync(persona);
        return client;
    }

    /// <summary>Starts the portal again on the same database; the user's session cookie still works (keys in the database).</summary>
    private async Task<HttpClient> RestartAsync(CookieContainer cookies)
    {
        _portal?.Dispose();
        _portal = await PortalProcess.StartAsync(_database);
        return _portal.CreateClient(cookies);
    }

    /// <summary>Polls the commit's progress until lines are being recorded; returns how many.</summary>
    private static async Task<int> WaitUntilRecordingAsync(HttpClient support, Guid progressId, Task commit)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(commit.IsCompleted, "The commit finished before the process could be killed: the file needs more rows.");
            using var response = await support.GetAsync($"/staff/imports/progress/{progressId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var done = json.RootElement.GetProperty("done").GetInt32();
                if (json.RootElement.GetProperty("phase").GetString() == "Recording" && done > 0)
                {
                    return done;
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The commit never started recording.");
    }

    private static async Task TheAuditChainIsIntactAsync(HttpClient staff)
    {
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync("/staff/audit/verify"));
        Assert.True(page.Contains("The chain is intact", StringComparison.Ordinal), page);
    }

    /// <summary>Waits until the portal holds SQLite's write lock (another writer would be refused): its transaction is open.</summary>
    private async Task WaitUntilWritingAsync(Task request)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(request.IsCompleted, $"The confirmation finished before the process could be killed:\n{_portal!.Output}");
            using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
            connection.Open();
            try
            {
                using var begin = connection.CreateCommand();
                begin.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
                begin.CommandTimeout = 1; // seconds of retrying a busy database (0 would wait for ever)
                begin.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 5)
            {
                return; // SQLITE_BUSY: the portal is writing
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("The confirmation never started writing.");
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>One number from the database file, read beside the running (or killed) portal.</summary>
    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
