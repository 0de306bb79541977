using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Trainers;

/// <summary>Partner admins keep their MCTs and exam passes (R-LAP-1, R-CMP-1); validated, audited, organisation-bound.</summary>
public sealed class TrainerAndExamTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Trainers = "/partners/4100002/trainers";
    private const string Exams = "/partners/4100002/exams";

    [Fact]
    public async Task AClaimedTrainerCountsOnlyOnceSupportStaffVerifyIt()
    {
        // R-MCT-1: the claim shows as awaiting verification and counts for nothing; verified, it counts.
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var before = await ValidMctsAsync(admin);

        var id = await ClaimFlow.ClaimTrainerAsync(factory, admin, "4100002", "Jonas Weber", "MCT-DE-4471");

        Assert.Contains("Awaiting verification: does not count yet", await admin.GetStringAsync(Trainers));
        Assert.Equal(before, await ValidMctsAsync(admin));
        using var verified = await ClaimFlow.DecideAsync(factory, support, "trainers", id, "verify");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Contains("Verified: counts", await admin.GetStringAsync(Trainers));
        Assert.Equal(before + 1, await ValidMctsAsync(admin));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Trainer" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["TrainerAdded", "TrainerVerified"], actions);
    }

    [Theory]
    [InlineData("", "MCT-1", "2027-01-01", "Enter the trainer&#x27;s name.")]
    [InlineData("Ann", "", "2027-01-01", "Enter the MCT id.")]
    [InlineData("Ann", "M!", "2027-01-01", "An MCT id has 3 to 32 letters, digits or dashes.")]
    [InlineData("Ann", "MCT-2", "31/12/2027", "Enter the date as YYYY-MM-DD, for example 2026-01-31.")]
    [InlineData("Ann", "MCT-3", "", "Enter the last day of the MCT membership.")]
    [InlineData("Ann\u202Eeb", "MCT-4", "2027-01-01", "Remove the invisible control or text-direction character (U&#x2B;202E) from this text.")] // issue 20.6
    [InlineData("Ann\u0007", "MCT-5", "2027-01-01", "Remove the invisible control or text-direction character (U&#x2B;0007) from this text.")]
    public async Task BadTrainerInputIsExplainedBesideTheField(string name, string mctId, string validUntil, string message)
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var count = await factory.WithDbAsync(db => db.Trainers.CountAsync());

        using var response = await admin.PostFormAsync(Trainers, Trainers, ("NewTrainer.Name", name),
            ("NewTrainer.MctId", mctId), ("NewTrainer.ValidUntil", validUntil), ("NewTrainer.EvidenceLink", ClaimFlow.TranscriptLink));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(count, await factory.WithDbAsync(db => db.Trainers.CountAsync()));
    }

    [Theory]
    [InlineData("", "Enter the trainer&#x27;s Microsoft Learn transcript share link or upload the transcript PDF: support staff verify the claim with it.")]
    [InlineData("http://learn.microsoft.com/transcript/x", "Enter the full https:// address of the transcript")]
    public async Task AClaimWithoutHttpsEvidenceIsExplainedBesideTheField(string link, string message)
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);

        using var response = await admin.PostFormAsync(Trainers, Trainers, ("NewTrainer.Name", "Ann"), ("NewTrainer.MctId", "MCT-EV-1"),
            ("NewTrainer.ValidUntil", "2027-01-01"), ("NewTrainer.EvidenceLink", link));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Trainers.AnyAsync(t => t.MctId == "MCT-EV-1")));
    }

    [Fact]
    public async Task TheSameMctIdCannotBeEnteredTwice()
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        await ClaimFlow.ClaimTrainerAsync(factory, admin, "4100002", "A", "MCT-DUP-1");

        using var second = await admin.PostFormAsync(Trainers, Trainers, ("NewTrainer.Name", "B"), ("NewTrainer.MctId", "MCT-DUP-1"),
            ("NewTrainer.ValidUntil", "2027-01-01"), ("NewTrainer.EvidenceLink", ClaimFlow.TranscriptLink));

        Assert.Contains("This MCT id is already on your list.", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStaleEditIsRefusedAndATrainerWhoLeftStopsCounting()
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var id = await ClaimFlow.ClaimTrainerAsync(factory, admin, "4100002", "Lena Koch", "MCT-LK-1", "2028-01-31");
        using (var verified = await ClaimFlow.DecideAsync(factory, support, "trainers", id, "verify"))
        {
            Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        }

        var edit = $"{Trainers}/{id}/edit";
        var version = await admin.HiddenValueAsync(edit, "Input.Version");
        using var saved = await admin.PostFormAsync(edit, edit, ("Input.Name", "Lena Koch-Weber"), ("Input.MctId", "MCT-LK-1"),
            ("Input.ValidUntil", "2028-01-31"), ("Input.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await admin.PostFormAsync(edit, edit, ("Input.Name", "Lena K."), ("Input.MctId", "MCT-LK-1"),
            ("Input.ValidUntil", "2028-01-31"), ("Input.Version", version));
        Assert.Contains("Someone else changed this trainer while you were editing.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));

        var beforeRetire = await ValidMctsAsync(admin);
        using var retire = await admin.PostFormAsync(Trainers, $"{Trainers}/{id}/retire", ("LeftOn", "2026-11-25"));
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Equal(beforeRetire - 1, await ValidMctsAsync(admin));
        Assert.Contains("Left on 2026-11-25", await admin.GetStringAsync(Trainers));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(edit)).StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisationsTrainerCannotBeEditedOrRetired()
    {
        using var contoso = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var fabrikamTrainer = await factory.WithDbAsync(db => db.Trainers.Where(t => t.PartnerOrganisationId == 2).Select(t => t.Id).FirstAsync());

        // Under Contoso's own partner id the trainer is simply not found; under Fabrikam's, the organisation is not.
        using var ownRoute = await contoso.PostFormAsync("/partners/4100001/trainers", $"/partners/4100001/trainers/{fabrikamTrainer}/retire");
        using var foreignRoute = await contoso.PostFormAsync("/partners/4100001/trainers", $"{Trainers}/{fabrikamTrainer}/retire");

        Assert.Equal(HttpStatusCode.NotFound, ownRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRoute.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Trainers.Where(t => t.Id == fabrikamTrainer).Select(t => t.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task APlainPartnerUserSeesTrainersButNoForms()
    {
        using var user = await factory.SignedInClientAsync(Personas.ContosoUser);

        var html = await user.GetStringAsync("/partners/4100001/trainers");

        Assert.DoesNotContain("Add a trainer", html);
        Assert.DoesNotContain("/retire", html);
    }

    [Fact]
    public async Task ExamPassesAreRecordedValidatedAndRemoved()
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);

        using var future = await admin.PostFormAsync(Exams, Exams, ("NewExamPass.ExamCode", "AZ-104"), ("NewExamPass.PersonName", "Jonas"), ("NewExamPass.PassedOn", "2026-11-26"),
            ("NewExamPass.EvidenceLink", ClaimFlow.TranscriptLink));
        using var badCode = await admin.PostFormAsync(Exams, Exams, ("NewExamPass.ExamCode", "AZ104"), ("NewExamPass.PersonName", "Jonas"), ("NewExamPass.PassedOn", "2026-11-20"),
            ("NewExamPass.EvidenceLink", ClaimFlow.TranscriptLink));
        Assert.Contains("An exam cannot be passed in the future.", await future.Content.ReadAsStringAsync());
        Assert.Contains("An exam code looks like AZ-104 or PL-200.", await badCode.Content.ReadAsStringAsync());

        var id = await ClaimFlow.ClaimExamAsync(factory, admin, "4100002", "ai-102", "Jonas", "2026-11-25");
        Assert.Equal("AI-102", await factory.WithDbAsync(db => db.ExamPasses.Where(e => e.Id == id).Select(e => e.ExamCode).SingleAsync()));

        using var removed = await admin.PostFormAsync(Exams, $"{Exams}/{id}/remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ExamPasses.AnyAsync(e => e.Id == id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ExamPassRemoved" && a.Before!.Contains("AI-102"))));
    }

    private static async Task<int> ValidMctsAsync(HttpClient client)
    {
        // The LAP's single check on the requirements page: "Valid MCTs … required 1, actual N".
        var html = await client.GetStringAsync("/partners/4100002/requirements");
        var match = Regex.Match(html, "data-rule-id=\"R-LAP-1\">\\s*<td>Valid MCTs</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">(\\d+)</td>");
        Assert.True(match.Success);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
