using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Application.Reminders;
using LearningPartner.Domain.Partners;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Discrepancies;
using LearningPartner.FunctionalTests.Invitations;
using LearningPartner.FunctionalTests.PartnerDirectory;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.FunctionalTests.Trainers;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Notifications;

/// <summary>
/// Issue 24: every notice besides the order's is rendered from its facts when read — on the overview in the reader's language,
/// in each recipient's mail in theirs — names options by their competency's name and never shows a code or a rule id; a
/// deactivated member gets no mail. Contoso's people: Avery Chen (partner admin, English), Parker Lee (partner user, who switches
/// the portal to Chinese: his mails are Chinese from then on) and Rowan Patel (report viewer, deactivated here). Expected words
/// are written out by hand. Each test has a portal of its own on 2026-11-25.
/// </summary>
public sealed partial class PartnerNoticeLanguageTests : IDisposable
{
    private const string Contoso = "4100001";
    private const string Avery = "avery.chen@contoso-learning.example";
    private const string Parker = "parker.lee@contoso-learning.example";
    private const string Rowan = "rowan.patel@contoso-learning.example";

    private readonly PortalFactory _factory = new PortalFactory().WithSetting("PublicBaseUrl", "https://portal.example.com")
        .WithSetting("Reminders:DaysBeforeAnniversary:0", "90"); // Contoso's silver (AD 2027-01-29) is due its reminder today

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ARenewalReminderNamesTheCompetencyAndItsDatesInEachReadersLanguage()
    {
        var (avery, parker) = await ContosoReadersAsync();

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RenewalReminders>().RunOnceAsync(CancellationToken.None);
        }

        const string english = "Your Silver · Cloud Platform renews on 2027-01-29";
        const string chinese = "你的 银牌 · 云平台 将于 2027-01-29 续订";
        Assert.Contains($">{english}</a>", await NoticesAsync(avery));
        Assert.Contains($">{chinese}</a>", await NoticesAsync(parker));
        var (toAvery, toParker) = await MailsAsync(english, chinese);
        Assert.Contains("Your Silver · Cloud Platform renews on its anniversary date, 2027-01-29. From then it is in grace until 2027-02-27", toAvery.Text);
        Assert.Contains("As of 2026-11-25: renewal is evaluated with the anniversary date (2027-01-29) as evaluation date", toAvery.Html);
        Assert.Contains("截至 2026-11-25：续订以周年日（2027-01-29）为评估日期", toParker.Text);
        Assert.Contains("https://portal.example.com/partners/4100001/renew/", toParker.Text);
        Assert.DoesNotContain("today", toAvery.Whole, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACasesNewStatesAreToldInEachReadersLanguageWithSupportsQuestionAsWritten()
    {
        var (avery, parker) = await ContosoReadersAsync();
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await CaseFlow.OpenAsync(avery, CaseFlow.Claim("CM2610-9109"));

        await CaseFlow.TakeAsync(support, id);
        await CaseFlow.AskAsync(support, id, "Which invoice line is it?");

        Assert.Contains($">Case {id}: more information needed</a>", await NoticesAsync(avery));
        Assert.Contains($">Case {id}: in review</a>", await NoticesAsync(avery));
        Assert.Contains($">案例 {id}：需要更多信息</a>", await NoticesAsync(parker));
        Assert.Contains($">案例 {id}：审核中</a>", await NoticesAsync(parker));
        var (toAvery, toParker) = await MailsAsync($"Case {id}: more information needed", $"案例 {id}：需要更多信息");
        Assert.Contains($"Support staff need more information about your KPI discrepancy case {id} (invoice CM2610-9109, 2026-10):", toAvery.Text);
        Assert.Contains($"支持人员需要有关你的 KPI 差异案例 {id}（发票 CM2610-9109，2026-10）的更多信息：", toParker.Text);
        Assert.Contains("Which invoice line is it?", toParker.Html);
    }

    [Fact]
    public async Task ARejectedClaimIsToldInEachReadersLanguageWithSupportsReason()
    {
        var (avery, parker) = await ContosoReadersAsync();
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await ClaimFlow.ClaimTrainerAsync(_factory, avery, Contoso, "Zhang Min", "MCT-CT-777");

        using var rejected = await ClaimFlow.DecideAsync(_factory, support, "trainers", id, "reject", "The transcript link shows no MCT membership.");

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Contains(">Your claim of MCT MCT-CT-777 (Zhang Min) was rejected</a>", await NoticesAsync(avery));
        Assert.Contains(">你对 MCT MCT-CT-777（Zhang Min）的申报已被拒绝</a>", await NoticesAsync(parker));
        var (toAvery, toParker) = await MailsAsync("Your claim of MCT MCT-CT-777 (Zhang Min) was rejected", "你对 MCT MCT-CT-777（Zhang Min）的申报已被拒绝");
        Assert.Contains("The program's support staff rejected your claim of MCT MCT-CT-777 (Zhang Min). Their reason:\n\nThe transcript link shows no MCT membership.",
            toAvery.Text);
        Assert.Contains("计划支持人员拒绝了你对 MCT MCT-CT-777（Zhang Min）的申报。原因：", toParker.Text);
        Assert.Contains("https://portal.example.com/partners/4100001/trainers", toParker.Text);
    }

    [Fact]
    public async Task ANoticeNamingATrainerIsNeitherMailedNorShownToAReportViewer()
    {
        using var avery = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var rowan = await _factory.SignedInClientAsync(Personas.ContosoViewer);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await ClaimFlow.ClaimTrainerAsync(_factory, avery, Contoso, "Zhang Min", "MCT-CT-777");

        using var rejected = await ClaimFlow.DecideAsync(_factory, support, "trainers", id, "reject", "The transcript link shows no MCT membership.");

        // R-ROLE-5: Rowan reads the standing without trainers' personal data.
        Assert.Contains(">Your claim of MCT MCT-CT-777 (Zhang Min) was rejected</a>", await NoticesAsync(avery));
        var page = WebUtility.HtmlDecode(await rowan.GetStringAsync($"/partners/{Contoso}"));
        Assert.DoesNotContain("Zhang Min", page);
        Assert.DoesNotContain("MCT-CT-777", page);
        var notice = await _factory.WithDbAsync(db => db.PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Contains(Avery, notice.Recipients);
        Assert.DoesNotContain(Rowan, notice.Recipients);
    }

    [Fact]
    public async Task ARegistrationDecisionIsMailedToTheCompanysPeopleInTheirLanguage()
    {
        using var jordan = await _factory.SignedInClientAsync(Personas.TailwindAdmin);
        using var switched = await jordan.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await _factory.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnerId == Personas.TailwindPartnerId).Select(o => o.Id).SingleAsync());

        // R-ORG-1: the company that registered itself hears of support's decision, saved with it.
        using var verified = await support.PostFormAsync("/staff/registrations", $"/staff/registrations/{id}/verify");

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Contains(">Tailwind Training Inc. 已通过验证：你可以注册学习合作伙伴计划</a>", await NoticesAsync(jordan, Personas.TailwindPartnerId));
        await EmailAsync();
        var mail = Assert.Single(Mails());
        Assert.Equal("Tailwind Training Inc. 已通过验证：你可以注册学习合作伙伴计划", mail.Subject);
        Assert.Contains("计划支持人员已于 2026-11-25 验证 Tailwind Training Inc.（合作伙伴 ID 4100007）。", mail.Text);
        Assert.Contains("https://portal.example.com/partners/4100007", mail.Text);
    }

    [Fact]
    public async Task ARejectedRegistrationIsMailedWithSupportsReason()
    {
        using var jordan = await _factory.SignedInClientAsync(Personas.TailwindAdmin);
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var id = await _factory.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnerId == Personas.TailwindPartnerId).Select(o => o.Id).SingleAsync());

        using var rejected = await support.PostFormAsync("/staff/registrations", $"/staff/registrations/{id}/reject",
            ("Reason", "The tax id does not match the company's name in the public register."));

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        await EmailAsync();
        var mail = Assert.Single(Mails());
        Assert.Equal("The registration of Tailwind Training Inc. was not accepted", mail.Subject);
        Assert.Contains("The program's support staff did not accept the registration of Tailwind Training Inc. (partner id 4100007) on 2026-11-25. Their reason:\n\nThe tax id does not match the company's name in the public register.",
            mail.Text);
    }

    [Fact]
    public async Task AListingDecisionIsToldInEachReadersLanguage()
    {
        var (avery, parker) = await ContosoReadersAsync();
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        using var requested = await DirectoryFlow.RequestAsync(avery, Contoso, DirectoryFlow.Listing());
        var listing = (await DirectoryFlow.PendingAsync(_factory, Contoso))!;

        using var rejected = await DirectoryFlow.RejectAsync(editor, listing.Id, "The page also advertises another training company.");

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Contains(">Your directory listing request was not approved</a>", await NoticesAsync(avery));
        Assert.Contains(">你的目录列表申请未获批准</a>", await NoticesAsync(parker));
        var (toAvery, toParker) = await MailsAsync("Your directory listing request was not approved", "你的目录列表申请未获批准");
        Assert.Contains("The directory editors did not approve your listing \"Contoso Learning Center\". Their reason:", toAvery.Text);
        Assert.Contains("目录编辑未批准你的目录列表“Contoso Learning Center”。原因：\n\nThe page also advertises another training company.", toParker.Text);
    }

    [Fact]
    public async Task AnApprovedListingIsMailedInTheChineseItsOnlyReaderChose()
    {
        using var wangFang = await _factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var switched = await wangFang.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);
        var northwind = (await DirectoryFlow.PendingAsync(_factory, Personas.NorthwindPartnerId))!;

        using var approved = await DirectoryFlow.ApproveAsync(editor, northwind.Id);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains(">你的目录列表已获批准：将于 2026-12-07 发布</a>", await NoticesAsync(wangFang, Personas.NorthwindPartnerId));
        await EmailAsync();
        var mail = Assert.Single(Mails());
        Assert.Equal("你的目录列表已获批准：将于 2026-12-07 发布", mail.Subject);
        Assert.Contains("目录编辑已在 2026-11 批次中批准你的目录列表“北风学院 Northwind Academy”。自 2026-12-07 起", mail.Text);
        NoCodes(mail.Whole);
    }

    [Fact]
    public async Task ATrainerLapseWarningGoesToEachActivePartnerAdminInTheirLanguage()
    {
        var (avery, parker) = await ContosoReadersAsync();
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(_factory, "2026-12-20");
        // Parker manages trainers too: a second partner admin, who reads Chinese.
        await _factory.WithDbAsync(async db =>
        {
            (await db.PartnerUsers.SingleAsync(u => u.Email == Parker)).ChangeRole(PortalRoles.PartnerAdmin);
            return await db.SaveChangesAsync();
        });

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<TrainerLapseReminders>().RunOnceAsync(CancellationToken.None));
        }

        var english = TrainerLapseArrangement.SilverLacksOne("2026-12-21", "2026-12-20");
        const string chinese = "如果 MCT Sam Okoro（MCT-LAPSE-SAM）于 2026-12-21 失效（会员资格有效期至 2026-12-20），银牌 · 云平台 在其周年日 2027-01-29 将缺少 1 名 MCT。";
        Assert.Contains($">{english}</a>", await NoticesAsync(avery));
        Assert.Contains($">{chinese}</a>", await NoticesAsync(parker));
        var (toAvery, toParker) = await MailsAsync(english, chinese);
        Assert.Contains("Once the trainer has renewed the membership, change its valid-until date on the trainers page", toAvery.Text);
        Assert.Contains("培训师续订会员资格后，请在培训师页面上更改其有效期截止日期", toParker.Text);
    }

    [Fact]
    public async Task AnInvitationIsWrittenInTheInvitingAdminsLanguageTheRoleByItsName()
    {
        using var avery = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using (var chinese = await avery.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/")))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await InvitationFlow.InviteAsync(avery, "li.na@contoso-learning.example")).StatusCode);
        }

        using (var english = await avery.PostFormAsync("/", "/culture", ("culture", "en-US"), ("returnUrl", "/")))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await InvitationFlow.InviteAsync(avery, "sam.lee@contoso-learning.example", "AccountAdmin")).StatusCode);
        }

        var toLiNa = Assert.Single(Mails(), m => m.IsTo("li.na@contoso-learning.example"));
        Assert.Equal("邀请你加入学习合作伙伴门户中的 Contoso Learning Ltd", toLiNa.Subject);
        Assert.Contains("邀请你以合作伙伴用户身份加入学习合作伙伴门户中的 Contoso Learning Ltd。", toLiNa.Text);
        Assert.Contains("此链接只能使用一次，有效期至 2026-12-09 10:00 UTC：", toLiNa.Html);
        var toSam = Assert.Single(Mails(), m => m.IsTo("sam.lee@contoso-learning.example"));
        Assert.Equal("Invitation to Contoso Learning Ltd in the Learning Partner Portal", toSam.Subject);
        Assert.Contains("invites you to join Contoso Learning Ltd in the Learning Partner Portal as Account admin.", toSam.Text);
        Assert.Contains("https://portal.example.com/invitations/", toSam.Html);
        Assert.DoesNotContain("AccountAdmin", toSam.Whole, StringComparison.Ordinal);
        Assert.DoesNotContain("PartnerUser", toLiNa.Whole, StringComparison.Ordinal);
    }

    /// <summary>Avery reads English; Parker switches to Chinese; Rowan's membership is deactivated.</summary>
    private async Task<(HttpClient Avery, HttpClient Parker)> ContosoReadersAsync()
    {
        var avery = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var parker = await _factory.SignedInClientAsync(Personas.ContosoUser);
        using var switched = await parker.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        await _factory.WithDbAsync(async db =>
        {
            (await db.PartnerUsers.SingleAsync(u => u.Email == Rowan)).Deactivate(PortalFactory.Now);
            return await db.SaveChangesAsync();
        });
        return (avery, parker);
    }

    /// <summary>The overview's notices section as the client reads it; it never shows a code or a rule id.</summary>
    private static async Task<string> NoticesAsync(HttpClient client, string partnerId = Contoso)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/partners/{partnerId}"));
        var start = html.IndexOf("id=\"notices-heading\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The overview shows no notices.");
        var notices = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        NoCodes(notices);
        return notices;
    }

    /// <summary>
    /// Sends the outbox and returns the mail with <paramref name="english"/> as subject, to Avery only, and the one with
    /// <paramref name="chinese"/>, to Parker only; nothing reaches Rowan, whose membership is deactivated.
    /// </summary>
    private async Task<(ReceivedMail Avery, ReceivedMail Parker)> MailsAsync(string english, string chinese)
    {
        await EmailAsync();
        var mails = Mails();
        var toAvery = Assert.Single(mails, m => m.Subject == english);
        var toParker = Assert.Single(mails, m => m.Subject == chinese);
        Assert.True(toAvery.IsTo(Avery) && !toAvery.IsTo(Parker), toAvery.To);
        Assert.True(toParker.IsTo(Parker) && !toParker.IsTo(Avery), toParker.To);
        Assert.DoesNotContain(mails, m => m.IsTo(Rowan));
        NoCodes(toAvery.Whole);
        NoCodes(toParker.Whole);
        return (toAvery, toParker);
    }

    private async Task EmailAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
    }

    private IReadOnlyList<ReceivedMail> Mails() => MailFiles.In(_factory.DatabasePath + "-outbox");

    /// <summary>No rule id (R-MCT-2) and no competency code (CLOUD-PLATFORM): partners read names.</summary>
    private static void NoCodes(string text)
    {
        Assert.DoesNotMatch(RuleId(), text);
        foreach (var code in new[] { "CLOUD-PLATFORM", "SECURITY", "DATA-PLATFORM", "APPLICATION-DEVELOPMENT", "CLOUD-PRODUCTIVITY" })
        {
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\bR-[A-Z]{2,4}-\d+\b")]
    private static partial Regex RuleId();
}
