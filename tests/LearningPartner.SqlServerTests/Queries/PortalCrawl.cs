using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.Application.Reminders;
using LearningPartner.FunctionalTests.Imports;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Visits every page a persona can reach by following links from the portal's front pages, as each demo persona and
/// anonymously, then sends one of each kind of form those pages hold (<see cref="PageForm"/>: filters, searches, and the
/// posts a user makes — orders, reviews, cases), so that the queries of pages and use cases are compiled (and recorded).
/// Sign-out and sign-in are never sent. Then what no form can send: support imports a marketplace export (with a file)
/// and commits it, and the reminder and notification senders run once, as their background services would.
/// </summary>
public static partial class PortalCrawl
{
    public static readonly string?[] Personas =
    [
        null, FunctionalTests.Support.Personas.ContosoAdmin, FunctionalTests.Support.Personas.ContosoUser,
        FunctionalTests.Support.Personas.FabrikamAdmin, FunctionalTests.Support.Personas.NorthwindAccountAdmin,
        FunctionalTests.Support.Personas.Support, FunctionalTests.Support.Personas.Editor, FunctionalTests.Support.Personas.ContosoViewer,
        // R-ORG-1: a person of no organisation (the registration form) and a pending registration's admin.
        FunctionalTests.Support.Personas.Newcomer, FunctionalTests.Support.Personas.TailwindAdmin,
    ];

    /// <summary>Pages per persona at most: enough for every link of the demo world, bounded if paging ever runs away.</summary>
    private const int MaxPagesPerPersona = 400;

    /// <summary>Crawls as every persona; returns each persona's visited pages and their status codes.</summary>
    public static async Task<IReadOnlyList<(string? Persona, string Page, HttpStatusCode Status)>> RunAsync(PortalFactory portal)
    {
        var visited = new List<(string?, string, HttpStatusCode)>();
        foreach (var persona in Personas)
        {
            using var client = await portal.SignedInClientAsync(persona);
            var forms = new Dictionary<string, PageForm>(StringComparer.Ordinal);
            // The demo's invitation link (R-ORG-2) is linked from no page: it arrives by email.
            var queue = new Queue<string>(["/", "/dashboard", "/directory", "/invitations/demo-invitation-jordan-lee-contoso-learning"]);
            var seen = new HashSet<string>(queue, StringComparer.Ordinal);
            while (queue.Count > 0 && seen.Count <= MaxPagesPerPersona)
            {
                var page = queue.Dequeue();
                using var response = await client.GetAsync(page);
                visited.Add((persona, page, response.StatusCode));
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var html = await response.Content.ReadAsStringAsync();
                foreach (var form in PageForm.On(html, page).Where(f => !f.Action.StartsWith("/account/", StringComparison.Ordinal)))
                {
                    forms.TryAdd(form.Shape, form);
                }

                foreach (var link in Links(html))
                {
                    if (seen.Add(link))
                    {
                        queue.Enqueue(link);
                    }
                }

                if (response.Headers.Location is { IsAbsoluteUri: false } location && seen.Add(location.OriginalString))
                {
                    queue.Enqueue(location.OriginalString);
                }
            }

            foreach (var form in forms.Values)
            {
                using var request = form.Request();
                using var response = await client.SendAsync(request);
                visited.Add((persona, form.Shape, response.StatusCode));
                if (response.Headers.Location is { IsAbsoluteUri: false } location)
                {
                    using var next = await client.GetAsync(location.OriginalString);
                    visited.Add((persona, location.OriginalString, next.StatusCode));
                }
            }
        }

        using (var support = await portal.SignedInClientAsync(FunctionalTests.Support.Personas.Support))
        {
            var export = Encoding.UTF8.GetBytes($"{ImportFlow.Header}\n{ExportBattery.Row("CRAWL-1")}\n{ExportBattery.Row("CRAWL-2", partner: "4100002", type: "OnDemand")}\n");
            var preview = await ImportFlow.UploadAsync(support, export, "crawl.csv");
            using var previewed = await support.GetAsync(preview);
            visited.Add((FunctionalTests.Support.Personas.Support, preview, previewed.StatusCode));
            await ImportFlow.CommitAsync(support, preview);
            using var committed = await support.GetAsync(preview);
            visited.Add((FunctionalTests.Support.Personas.Support, preview, committed.StatusCode));
        }

        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RenewalReminders>().RunOnceAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        return visited;
    }

    private static IEnumerable<string> Links(string html) =>
        HrefPattern().Matches(html)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0])
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Where(href => !href.StartsWith("/account/sign-out", StringComparison.Ordinal)
                           && !StaticFile().IsMatch(href.Split('?')[0]));

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"\.(css|js|png|svg|ico|woff2?|map|txt|xml)$|^/(lib|css|js|img)/")]
    private static partial Regex StaticFile();
}
