using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>The steps of issue 22's claim journeys (R-MCT-1), as Northwind's admin takes them in the browser.</summary>
internal static class ClaimSteps
{
    public const string Admin = "Sign in as 王芳 (Wang Fang)";
    public const string Support = "Sign in as Sam Rivera";

    /// <summary>Northwind lacks one exam of Silver · Cloud Business Applications' list; its admin claims PL-200 with a transcript PDF only.</summary>
    public static async Task ClaimPl200WithAPdfAsync(IPage admin)
    {
        await admin.GetByRole(AriaRole.Link, new() { Name = "Exams", Exact = true }).ClickAsync();
        await admin.GetByLabel("Exam code").FillAsync("PL-200");
        await admin.GetByLabel("Person").FillAsync("Zhao Lei");
        await admin.GetByLabel("Passed on").FillAsync("2026-10-01");
        await admin.GetByLabel("Certification or transcript PDF (optional with a link; at most 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "zhao-lei-transcript.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record exam pass" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("The exam pass was recorded. It counts once support staff have verified it.");
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Zhao Lei" })).ToContainTextAsync("Awaiting verification: does not count yet");

        // The claim counts for nothing yet: the checklist still misses an exam, and the requirements page names the claim apart
        // with what verifying it would meet.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Enroll", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Details Silver Cloud Business Applications" }).ClickAsync();
        await Expect(admin.Locator(".checklist .check-missing")).Not.ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Requirements", Exact = true }).ClickAsync();
        var pending = admin.Locator("[data-pending-claim]").Filter(new() { HasText = "Exam PL-200 passed by Zhao Lei" });
        await Expect(pending).ToContainTextAsync("Once verified, it meets the requirements of");
        await Expect(pending).ToContainTextAsync("Silver · Cloud Business Applications");
    }

    /// <summary>Once the claim is verified, nothing is missing and the order is placed.</summary>
    public static async Task OrderSilverCloudBusinessApplicationsAsync(IPage admin)
    {
        await admin.GetByRole(AriaRole.Link, new() { Name = "Enroll", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Details Silver Cloud Business Applications" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Checklist" })).ToBeVisibleAsync();
        await Expect(admin.Locator(".checklist .check-missing")).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Checkbox).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Order", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/orders/\\d+$"));
        await Expect(admin.GetByText("Pending payment")).ToBeVisibleAsync();
    }
}
