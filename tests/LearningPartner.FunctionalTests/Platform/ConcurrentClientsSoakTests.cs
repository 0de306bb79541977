using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Imports;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 12: 16 clients at once, for a bounded time (<c>SOAK_SECONDS</c>, default 10), against one portal on SQLite —
/// partner admins ordering and sending proofs of payment, support staff deciding payments, importing overlapping
/// invoice files and resolving discrepancy cases while a partner keeps opening them. Every answer is either the
/// action done or a refusal that tells the user why; afterwards the database holds exactly what the clients were
/// told was done (no lost writes), each one-time action once, and no error was logged.
/// </summary>
public sealed partial class ConcurrentClientsSoakTests(ITestOutputHelper output) : IDisposable
{
    private const string Northwind = Personas.NorthwindPartnerId;
    private const string Fabrikam = Personas.FabrikamPartnerId;
    private readonly LogCapture _logs = new();
    private readonly ConcurrentBag<string> _failures = [];
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private PortalFactory? _factory;

    /// <summary>What each client was told was done, to hold the database to afterwards (orders: id → partner id).</summary>
    private readonly ConcurrentDictionary<int, string> _ordersPlaced = new();
    private readonly ConcurrentBag<int> _casesOpened = [];
    private int _linesRecorded;

    [Fact]
    public async Task SixteenClientsAtOnceLoseNothingAndDoEachOneTimeActionOnce()
    {
        _factory = new PortalFactory().CapturingLogs(_logs);
        _ = _factory.Server; // one portal, started (migrated, seeded) before the clients come
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("SOAK_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 10;
        var deadline = Stopwatch.StartNew();
        bool Running() => deadline.Elapsed < TimeSpan.FromSeconds(seconds);

        // Northwind orders silver Cloud Productivity, Fabrikam the Learning Action Pack (both orderable in the demo world).
        var clients = new List<Func<Task>>
        {
            () => OrdererAsync(Personas.NorthwindAccountAdmin, Northwind, "silver/CLOUD-PRODUCTIVITY", Running),
            () => OrdererAsync(Personas.NorthwindAccountAdmin, Northwind, "silver/CLOUD-PRODUCTIVITY", Running),
            () => OrdererAsync(Personas.FabrikamAdmin, Fabrikam, "lap", Running),
            () => OrdererAsync(Personas.FabrikamAdmin, Fabrikam, "lap", Running),
            () => ProofSenderAsync(Personas.NorthwindAccountAdmin, Northwind, Running),
            () => ProofSenderAsync(Personas.FabrikamAdmin, Fabrikam, Running),
            () => PaymentDeciderAsync(1, Running),
            () => PaymentDeciderAsync(2, Running),
            () => PaymentDeciderAsync(3, Running),
            () => ImporterAsync(1, Running),
            () => ImporterAsync(2, Running),
            () => ImporterAsync(3, Running),
            () => CaseOpenerAsync(Running),
            () => CaseResolverAsync(1, Running),
            () => CaseResolverAsync(2, Running),
            () => CaseResolverAsync(3, Running),
        };
        Assert.Equal(16, clients.Count);

        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            try
            {
                await client();
            }
            catch (Exception e)
            {
                _failures.Add($"client stopped: {e}");
            }
        })));

        foreach (var (outcome, count) in _counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,6}  {outcome}");
        }

        Assert.True(_failures.IsEmpty, string.Join("\n", _failures.Take(20)));
        Assert.Empty(_logs.Errors.Select(e => $"{e.RenderMessage(CultureInfo.InvariantCulture)} {e.Exception}"));
        await TheDatabaseHoldsWhatTheClientsWereToldAsync();
    }

    public void Dispose() => _factory?.Dispose();

    private async Task TheDatabaseHoldsWhatTheClientsWereToldAsync()
    {
        var factory = _factory!;
        var audit = await factory.WithDbAsync(db => db.AuditEntries.GroupBy(a => a.Action).ToDictionaryAsync(g => g.Key, g => g.Count()));
        int Audited(string action) => audit.GetValueOrDefault(action);

        // Orders: one per option, however many clients pressed "Order" at once; every client was shown that one.
        var orders = await factory.WithDbAsync(db => db.Orders.AsNoTracking().Where(o => o.CreatedAt >= PortalFactory.Now).ToListAsync());
        Assert.True(orders.Count == 2, "Orders: " + string.Join("; ", orders.Select(o => $"{o.Id} {o.Level} {o.CompetencyCode} {o.Status}")));
        Assert.Equal(orders.Select(o => o.Id).Order(), _ordersPlaced.Keys.Order());
        Assert.Equal(2, Audited("OrderPlaced"));

        // Payments: every proof the partner was thanked for is there; each decided at most once, as support was told.
        var payments = await factory.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => orders.Select(o => o.Id).Contains(p.OrderId)).ToListAsync());
        Assert.Equal(Count("proof: received"), payments.Count);
        Assert.Equal(Count("proof: received"), Audited("PaymentProofUploaded"));
        Assert.Equal(Count("payment: confirmed"), payments.Count(p => p.ConfirmedOn != null));
        Assert.Equal(Count("payment: confirmed"), Audited("PaymentConfirmed"));
        Assert.Equal(Count("payment: rejected"), payments.Count(p => p.RejectionReason != null));
        Assert.Equal(Count("payment: rejected"), Audited("PaymentRejected"));
        Assert.All(payments.GroupBy(p => p.OrderId), g => Assert.True(g.Count(p => p.ConfirmedOn != null) <= 1));
        Assert.All(payments.GroupBy(p => p.OrderId), g => Assert.True(g.Count(p => p.IsAwaitingDecision) <= 1));
        var paid = orders.Where(o => o.Status == OrderStatus.Paid).Select(o => o.Id).Order();
        Assert.Equal(payments.Where(p => p.ConfirmedOn != null).Select(p => p.OrderId).Order(), paid);

        // Imports: exactly the lines the committed previews said they recorded, each invoice line once.
        var soakLines = await factory.WithDbAsync(db => db.InvoiceLines.CountAsync(l => l.InvoiceNumber.StartsWith("SOAK-")));
        Assert.Equal(_linesRecorded, soakLines);
        var committed = await factory.WithDbAsync(db => db.InvoiceImports.CountAsync(i => i.CommittedAt != null && i.FileName.StartsWith("soak-")));
        Assert.Equal(Count("import: committed"), committed);
        Assert.Equal(Count("import: committed"), Audited("InvoiceImportCommitted"));

        // Cases: every case the partner was told was submitted exists; each change support was told of happened once.
        var cases = await factory.WithDbAsync(db => db.DiscrepancyCases.AsNoTracking().Where(c => c.InvoiceNumber.StartsWith("CASE-SOAK-")).ToListAsync());
        Assert.Equal(_casesOpened.Order(), cases.Select(c => c.Id).Order());
        Assert.Equal(Count("case: taken"), Audited("DiscrepancyCaseTaken"));
        Assert.Equal(Count("case: asked"), Audited("DiscrepancyCaseQuestionAsked"));
        Assert.Equal(Count("case: rejected"), Audited("DiscrepancyCaseRejected"));
        Assert.Equal(Count("case: rejected"), cases.Count(c => c.Status == Domain.Discrepancies.DiscrepancyStatus.Rejected));

        // The audit trail stayed one unbroken chain under all of it.
        using var support = await factory.SignedInClientAsync(Personas.Support);
        Assert.Contains("The chain is intact", WebUtility.HtmlDecode(await support.GetStringAsync("/staff/audit/verify")));
    }

    /// <summary>A partner admin pressing "Order" again and again (R-FEE-1: one open order per option, none once it is held).</summary>
    private async Task OrdererAsync(string persona, string partnerId, string option, Func<bool> running)
    {
        using var admin = await _factory!.SignedInClientAsync(persona);
        while (running())
        {
            using var response = await Enrollment.EnrollmentFlow.OrderAsync(admin, partnerId, option);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var orderId = PageValues.IdFromLocation(response);
                Tally(_ordersPlaced.TryAdd(orderId, partnerId) ? "order: placed" : "order: shown the order already placed");
            }
            else
            {
                await Refusal("order", response, [
                    "An order for this option is already waiting for payment.",
                    "The requirements of this option are not met yet, so it cannot be ordered.", // held since its payment was confirmed
                ]);
            }
        }
    }

    /// <summary>A partner admin sending a proof of payment for its open order whenever the order takes one.</summary>
    private async Task ProofSenderAsync(string persona, string partnerId, Func<bool> running)
    {
        using var admin = await _factory!.SignedInClientAsync(persona);
        while (running())
        {
            var orderId = _ordersPlaced.Where(o => o.Value == partnerId).Select(o => o.Key).FirstOrDefault();
            if (orderId == 0)
            {
                await Task.Delay(20);
                continue;
            }

            using var response = await Enrollment.EnrollmentFlow.UploadProofAsync(admin, partnerId, orderId, PageValues.PdfProof, "transfer.pdf");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Tally("proof: received");
            }
            else
            {
                await Refusal("proof", response,
                    ["This order does not take a proof of payment now: it is paid, expired, cancelled, or a proof is already awaiting review."]);
            }
        }
    }

    /// <summary>Support staff deciding the payment queue: mostly rejections (so proofs keep coming), sometimes a confirmation.</summary>
    private async Task PaymentDeciderAsync(int seed, Func<bool> running)
    {
        var random = new Random(seed);
        using var support = await _factory!.SignedInClientAsync(Personas.Support);
        while (running())
        {
            var queue = await support.GetStringAsync("/staff/payments");
            var awaiting = PaymentForm().Matches(queue).Select(m => (Id: m.Groups[1].Value, Version: m.Groups[2].Value)).ToList();
            if (awaiting.Count == 0)
            {
                await Task.Delay(10);
                continue;
            }

            var (id, version) = awaiting[random.Next(awaiting.Count)];
            var confirm = random.Next(4) == 0;
            var fields = confirm
                ? Enrollment.EnrollmentFlow.ExactReceipt(queue, int.Parse(id, CultureInfo.InvariantCulture), ("version", version))
                : [("version", version), ("reason", "The transfer is not on our account yet.")];
            using var response = await support.PostFormAsync("/staff/payments", $"/staff/payments/{id}/{(confirm ? "confirm" : "reject")}", fields);
            var status = await StatusAfterAsync(support, response);
            switch (status)
            {
                case "The payment was confirmed and the option is active.":
                    Tally("payment: confirmed");
                    break;
                case "The payment was rejected; the partner sees your reason.":
                    Tally("payment: rejected");
                    break;
                case "This payment has already been decided.":
                case "Someone else decided this while you were looking at it. The queue now shows the current state.":
                case "This order is no longer waiting for payment.":
                    Tally($"payment: told \"{status}\"");
                    break;
                default:
                    _failures.Add($"payment {id}: unexpected answer \"{status}\"");
                    break;
            }
        }
    }

    /// <summary>Support staff importing files whose invoice numbers overlap the other importers', each commit sent twice at once.</summary>
    private async Task ImporterAsync(int seed, Func<bool> running)
    {
        var random = new Random(100 + seed);
        using var support = await _factory!.SignedInClientAsync(Personas.Support);
        var round = 0;
        while (running())
        {
            var csv = new StringBuilder(ImportFlow.Header).Append('\n');
            foreach (var n in Enumerable.Range(0, 60).OrderBy(_ => random.Next()).Take(5))
            {
                csv.Append(CultureInfo.InvariantCulture, $"4100001,Invoice,SOAK-{n:D3},1,2026-10-05,MOC,{n % 7 + 1},{(n % 7 + 1) * 95}.00,USD\n");
            }

            var preview = await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes(csv.ToString()), $"soak-{seed}-{round++}.csv");
            var version = await support.FormValueAsync(preview, $"{preview}/commit", "version");
            var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            {
                using var response = await support.PostFormAsync(preview, $"{preview}/commit", ("version", version));
                return response.StatusCode;
            }));
            if (twice.Any(code => code != HttpStatusCode.Redirect))
            {
                _failures.Add($"import commit answered {string.Join(", ", twice)}");
                continue;
            }

            // Both posts redirect to the preview, which tells whether (and how many lines) it recorded.
            var page = WebUtility.HtmlDecode(await support.GetStringAsync(preview));
            var recorded = RecordedLines().Match(page);
            if (recorded.Success)
            {
                Tally("import: committed");
                Interlocked.Add(ref _linesRecorded, int.Parse(recorded.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            else if (page.Contains("Some of these lines were recorded by another import since this preview. Nothing was written", StringComparison.Ordinal))
            {
                Tally("import: told another import recorded some lines first");
            }
            else
            {
                _failures.Add($"import {preview}: neither committed nor refused with a reason");
            }
        }
    }

    /// <summary>A partner admin reporting one discrepancy after another.</summary>
    private async Task CaseOpenerAsync(Func<bool> running)
    {
        using var partner = await _factory!.SignedInClientAsync(Personas.ContosoAdmin);
        var n = 0;
        while (running())
        {
            using var response = await Discrepancies.CaseFlow.SubmitAsync(partner, Discrepancies.CaseFlow.Claim($"CASE-SOAK-{n++:D4}"));
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                _casesOpened.Add(PageValues.IdFromLocation(response));
                Tally("case: submitted");
            }
            else
            {
                _failures.Add($"case submission answered {(int)response.StatusCode}");
            }
        }
    }

    /// <summary>Support staff taking, questioning and rejecting the open cases, three of them on one queue.</summary>
    private async Task CaseResolverAsync(int seed, Func<bool> running)
    {
        var random = new Random(200 + seed);
        using var support = await _factory!.SignedInClientAsync(Personas.Support);
        while (running())
        {
            var open = _casesOpened.ToArray();
            if (open.Length == 0)
            {
                await Task.Delay(10);
                continue;
            }

            var caseId = open[random.Next(open.Length)];
            var page = $"/staff/cases/{caseId}";
            var html = await support.GetStringAsync(page);
            var version = CaseVersion().Match(html);
            if (!version.Success)
            {
                Tally("case: closed, nothing to do");
                continue;
            }

            var (action, fields) = random.Next(3) switch
            {
                0 => ("take", new[] { ("version", version.Groups[1].Value) }),
                1 => ("ask", new[] { ("version", version.Groups[1].Value), ("question", "Please attach the invoice.") }),
                _ => ("reject", new[] { ("version", version.Groups[1].Value), ("reason", "The invoice is counted already.") }),
            };
            using var response = await support.PostFormAsync(page, $"{page}/{action}", fields);
            var status = await StatusAfterAsync(support, response);
            switch (status)
            {
                case "You took the case.":
                    Tally("case: taken");
                    break;
                case "The partner was asked for more information; the case waits for the answer.":
                    Tally("case: asked");
                    break;
                case "The case was rejected; the partner sees your reason.":
                    Tally("case: rejected");
                    break;
                case "This case was changed by someone else meanwhile; nothing was applied. The page now shows where it is.":
                case "The case already waits for the partner's answer.":
                    Tally($"case: told \"{status}\"");
                    break;
                default:
                    _failures.Add($"case {caseId} {action}: unexpected answer \"{status}\"");
                    break;
            }
        }
    }

    /// <summary>The status line the user sees on the page the post redirected to.</summary>
    private async Task<string> StatusAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            _failures.Add($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}");
            return string.Empty;
        }

        var page = await client.GetStringAsync(response.Headers.Location);
        return WebUtility.HtmlDecode(StatusLine().Match(page).Groups[1].Value.Trim());
    }

    /// <summary>A refused post must say why, in words the user reads (the form again or a 4xx with the reason, never a 5xx).</summary>
    private async Task Refusal(string action, HttpResponseMessage response, string[] reasons)
    {
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var reason = reasons.FirstOrDefault(r => body.Contains(r, StringComparison.Ordinal));
        if ((int)response.StatusCode is >= 200 and < 500 && reason is not null)
        {
            Tally($"{action}: told \"{reason}\"");
        }
        else
        {
            _failures.Add($"{action}: answered {(int)response.StatusCode} without a reason the user can read");
        }
    }

    private void Tally(string outcome) => _counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    private int Count(string outcome) => _counts.GetValueOrDefault(outcome);

    [GeneratedRegex("action=\"/staff/payments/(\\d+)/reject\"[^>]*>\\s*<input type=\"hidden\" name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex PaymentForm();

    [GeneratedRegex("action=\"/staff/cases/\\d+/reject\"[^>]*>(?:(?!</form>).)*?name=\"version\" value=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex CaseVersion();

    [GeneratedRegex(@": (\d+) lines recorded\.")]
    private static partial Regex RecordedLines();

    [GeneratedRegex("role=\"status\">([^<]*)<")]
    private static partial Regex StatusLine();
}
