using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Discrepancies;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Activity;

/// <summary>
/// Issue 21, R-ORG-3: partner admins read their own organisation's audit entries — who, when, what, before → after, why —
/// filtered by dates and kind, and export them as CSV; never another organisation's, nor support's internal work.
/// </summary>
public sealed partial class ActivityLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Contoso = "/partners/4100001";
    private const string Log = "/partners/4100001/activity";
    private const string Export = "/partners/4100001/activity/export";
    private const string SupportObjectId = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a05";

    [Fact]
    public async Task APartnerAdminReadsItsChangeWithWhoWhenAndBeforeAndAfter()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var id = await AddTrainerAsync(admin, "Ada Lovelace", "MCT-ACT-ADA");
        using var retired = await admin.PostFormAsync($"{Contoso}/trainers", $"{Contoso}/trainers/{id}/retire");
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"{Log}?kind=Trainer"));

        var row = Row(html, "TrainerRetired", $"Trainers {id}</span>");
        Assert.Contains("<td>2026-11-25 10:00 UTC</td>", row);
        Assert.Contains("<td>Avery Chen</td>", row); // the person's name, not the object id recorded beside it
        Assert.Contains("Trainer retired", row);
        Assert.Matches("<td class=\"small\">.*Name: Ada Lovelace.*RetiredOn: —.*</td>\\s*<td class=\"small\">.*RetiredOn: 2026-11-25", row);
        Assert.Contains("Name: Ada Lovelace", Row(html, "TrainerAdded", $"Trainers {id}</span>"));
        Assert.DoesNotContain("5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01", html);
    }

    [Fact]
    public async Task AnotherOrganisationsEntriesNeverShowEvenWhenTheyNameThePartner()
    {
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        await AddTrainerAsync(fabrikam, "Contoso 4100001 look-alike", "MCT-FAB-SECRET", "/partners/4100002");
        using var contoso = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        await AddTrainerAsync(contoso, "Cleo Contoso", "MCT-ACT-CLEO");

        var contosoPage = await contoso.GetStringAsync(Log);
        var contosoCsv = await CsvAsync(contoso, Export);
        var fabrikamPage = await fabrikam.GetStringAsync("/partners/4100002/activity");

        Assert.Contains("MCT-ACT-CLEO", contosoPage);
        Assert.Contains("MCT-ACT-CLEO", contosoCsv);
        Assert.DoesNotContain("MCT-FAB-SECRET", contosoPage);
        Assert.DoesNotContain("MCT-FAB-SECRET", contosoCsv);
        Assert.Contains("MCT-FAB-SECRET", fabrikamPage);
        Assert.DoesNotContain("MCT-ACT-CLEO", fabrikamPage);
        // R-ROLE-4: another organisation's log is not found at all, page or export.
        Assert.Equal(HttpStatusCode.NotFound, (await contoso.GetAsync("/partners/4100002/activity")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await contoso.GetAsync("/partners/4100002/activity/export")).StatusCode);
    }

    [Fact]
    public async Task DatesAndKindNarrowTheListAsWorkedOutByHand()
    {
        // A portal of its own: its clock moves on. Sessions end after 12 hours, so each day signs in again.
        using var portal = new PortalFactory();
        async Task<HttpClient> OnAsync(int day, int hour)
        {
            portal.Clock.SetUtcNow(new DateTimeOffset(2026, 11, day, hour, 0, 0, TimeSpan.Zero));
            return await portal.SignedInClientAsync(Personas.ContosoAdmin);
        }

        using (var admin = await OnAsync(25, 10))
        {
            await AddTrainerAsync(portal, admin, "Ada Early", "MCT-DAY-A");
        }

        using (var admin = await OnAsync(27, 9))
        {
            await AddTrainerAsync(portal, admin, "Bea Later", "MCT-DAY-B");
        }

        using (var admin = await OnAsync(27, 10))
        {
            var ada = await portal.WithDbAsync(db => db.Trainers.Where(t => t.MctId == "MCT-DAY-A").Select(t => t.Id).SingleAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{Contoso}/trainers", $"{Contoso}/trainers/{ada}/retire")).StatusCode);
        }

        using var client = await OnAsync(29, 12);
        using var exam = await client.PostFormAsync($"{Contoso}/exams", $"{Contoso}/exams", ("NewExamPass.ExamCode", "AZ-104"),
            ("NewExamPass.PersonName", "Bea Later"), ("NewExamPass.PassedOn", "2026-11-28"), ("NewExamPass.EvidenceLink", "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123"));
        Assert.Equal(HttpStatusCode.Redirect, exam.StatusCode);

        // Newest first: 29th exam pass; 27th 10:00 Ada retired, 09:00 Bea added; 25th Ada added.
        Assert.Equal(["ExamPassAdded", "TrainerRetired", "TrainerAdded", "TrainerAdded"], await ActionsAsync(client, ""));
        Assert.Equal(["TrainerRetired", "TrainerAdded"], await ActionsAsync(client, "?from=2026-11-27&to=2026-11-27"));
        Assert.Equal(["TrainerAdded"], await ActionsAsync(client, "?to=2026-11-26"));
        Assert.Equal(["ExamPassAdded"], await ActionsAsync(client, "?from=2026-11-28"));
        Assert.Equal(["TrainerRetired", "TrainerAdded", "TrainerAdded"], await ActionsAsync(client, "?kind=Trainer"));
        Assert.Equal(["TrainerAdded"], await ActionsAsync(client, "?kind=TrainerAdded&from=2026-11-26"));
        Assert.Empty(await ActionsAsync(client, "?kind=ExamPass&to=2026-11-28"));
        Assert.Contains("No entry matches these filters.", await client.GetStringAsync($"{Log}?kind=ExamPass&to=2026-11-28"));
        Assert.Contains("MCT-DAY-B", (await client.GetStringAsync($"{Log}?kind=TrainerAdded&from=2026-11-26")));

        // The CSV holds exactly the filter's entries, the export link on the page carries the filter.
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"{Log}?from=2026-11-27&to=2026-11-27"));
        Assert.Contains("href=\"/partners/4100001/activity/export?from=2026-11-27&to=2026-11-27\"", page);
        var lines = (await CsvAsync(client, $"{Export}?from=2026-11-27&to=2026-11-27")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2026-11-27T10:00:00Z,Avery Chen,TrainerRetired,Trainer,", lines[1]);
        Assert.StartsWith("2026-11-27T09:00:00Z,Avery Chen,TrainerAdded,Trainer,", lines[2]);
    }

    [Fact]
    public async Task TheCsvHasItsHeaderAndRowsAndKeepsAFormulaAsText()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var caseId = await CaseFlow.OpenAsync(admin, CaseFlow.Claim("INV-ACT-CSV"));
        Assert.Equal(HttpStatusCode.Redirect, (await CaseFlow.RejectAsync(support, caseId, "=HYPERLINK(\"https://evil.example\",\"Open\")")).StatusCode);

        using var response = await admin.GetAsync($"{Export}?kind=DiscrepancyCaseRejected");
        var csv = await CsvAsync(response);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("activity-4100001-2026-11-25.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("At,Who,Action,EntityType,EntityId,Before,After,Reason", lines[0]);
        var row = Assert.Single(lines, l => l.Contains($",DiscrepancyCaseRejected,DiscrepancyCase,{caseId},", StringComparison.Ordinal));
        Assert.StartsWith("2026-11-25T10:00:00Z,Sam Rivera,", row);
        // The reason starts like a formula: kept as text with a leading apostrophe (and quoted, as CSV needs).
        Assert.EndsWith(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Open\"\")\"", row);
    }

    [Fact]
    public async Task SupportsInternalWorkOnACaseIsNotInThePartnersLog()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var caseId = await CaseFlow.OpenAsync(admin, CaseFlow.Claim("INV-ACT-STAFF"));
        Assert.Equal(HttpStatusCode.Redirect, (await CaseFlow.TakeAsync(support, caseId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseFlow.AskAsync(support, caseId, "Please attach the invoice INV-ACT-STAFF.")).StatusCode);
        // The staff trail holds all three, the assignment included.
        var key = caseId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["DiscrepancyCaseSubmitted", "DiscrepancyCaseTaken", "DiscrepancyCaseQuestionAsked"], await factory.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.EntityType == "DiscrepancyCase" && a.EntityId == key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));

        foreach (var reader in new[] { admin, support }) // staff read the partner's log as the partner does
        {
            var html = WebUtility.HtmlDecode(await reader.GetStringAsync($"{Log}?kind=DiscrepancyCase"));
            var csv = await CsvAsync(reader, $"{Export}?kind=DiscrepancyCase");

            Assert.Contains("Please attach the invoice INV-ACT-STAFF.", Row(html, "DiscrepancyCaseQuestionAsked", $"KPI discrepancy cases {caseId}</span>"));
            Assert.Contains("Status: WaitingForPartner", html);
            Assert.Contains("Sam Rivera", html);
            Assert.DoesNotContain("DiscrepancyCaseTaken", html); // neither a row nor a kind to choose
            Assert.DoesNotContain("AssignedTo", html);
            Assert.DoesNotContain(SupportObjectId, html);
            Assert.Contains("Please attach the invoice INV-ACT-STAFF.", csv);
            Assert.DoesNotContain("DiscrepancyCaseTaken", csv);
            Assert.DoesNotContain("AssignedTo", csv);
            Assert.DoesNotContain(SupportObjectId, csv);
        }
    }

    [Theory]
    [InlineData("?from=2026-13-01", "from-error", "Enter the date as YYYY-MM-DD, for example 2026-01-31.")]
    [InlineData("?to=25/11/2026", "to-error", "Enter the date as YYYY-MM-DD, for example 2026-01-31.")]
    [InlineData("?from=2026-11-25&to=2026-11-01", "to-error", "The last day cannot be before the first day.")]
    [InlineData("?kind=Trainer%27%20OR%201=1", "kind-error", "Choose a kind of change from the list.")]
    [InlineData("?from=2026-11-01%E2%80%AE", "from-error", "Remove the invisible control or text-direction character (U+202E) from this text.")]
    public async Task ABadFilterIsExplainedBesideItsField(string query, string field, string message)
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await admin.GetAsync(Log + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches($"<span id=\"{field}\" class=\"field-error\"[^>]*>{Regex.Escape(message)}</span>", html);
    }

    [Fact]
    public async Task ABadPageIsExplainedAndAPageBeyondTheLastShowsTheLast()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        Assert.Contains("A page is a whole number from 1.", await admin.GetStringAsync($"{Log}?page=first"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Log}?page=999")).StatusCode);
    }

    [Fact]
    public async Task OnlyPartnerAdminsOfTheOrganisationAndStaffReadIt()
    {
        using var user = await factory.SignedInClientAsync(Personas.ContosoUser);
        using var accountAdmin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var editor = await factory.SignedInClientAsync(Personas.Editor);

        foreach (var (client, url) in new[] { (user, Log), (user, Export), (accountAdmin, "/partners/4100003/activity"), (accountAdmin, "/partners/4100003/activity/export") })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location?.OriginalString);
        }

        // The menu links the log for partner admins only.
        Assert.Contains("<a href=\"/partners/4100001/activity\">Activity log</a>", await admin.GetStringAsync("/"));
        Assert.DoesNotContain("/activity", await user.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/partners/4100002/activity")).StatusCode);
    }

    [Fact]
    public async Task ThePageSpeaksChinese()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        await AddTrainerAsync(admin, "Hua Li", "MCT-ACT-ZH");

        await admin.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(Log));

        Assert.Contains("<h1>活动日志</h1>", html);
        Assert.Contains("已添加培训师", html);
        Assert.Contains("截止（含当天）", html);
    }

    private Task<int> AddTrainerAsync(HttpClient admin, string name, string mctId, string partner = Contoso) =>
        AddTrainerAsync(factory, admin, name, mctId, partner);

    private static async Task<int> AddTrainerAsync(PortalFactory portal, HttpClient admin, string name, string mctId, string partner = Contoso)
    {
        var page = $"{partner}/trainers";
        using var response = await admin.PostFormAsync(page, page, ("NewTrainer.Name", name), ("NewTrainer.MctId", mctId),
            ("NewTrainer.ValidUntil", "2027-12-31"), ("NewTrainer.EvidenceLink", "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.WithDbAsync(db => db.Trainers.Where(t => t.MctId == mctId).Select(t => t.Id).SingleAsync());
    }

    /// <summary>The actions of the log's rows, top to bottom.</summary>
    private static async Task<List<string>> ActionsAsync(HttpClient client, string query) =>
        [.. RowPattern().Matches(await client.GetStringAsync(Log + query)).Select(m => m.Groups["action"].Value)];

    /// <summary>The row of an action about one row (its type as shown, and its id).</summary>
    private static string Row(string html, string action, string subject) =>
        Assert.Single(RowPattern().Matches(html), m => m.Groups["action"].Value == action && m.Value.Contains(subject, StringComparison.Ordinal)).Value;

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await CsvAsync(response);
    }

    private static async Task<string> CsvAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [GeneratedRegex("<tr data-entry=\"\\d+\" data-action=\"(?<action>[A-Za-z]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
