using System.Globalization;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Notifications;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>Issue 24: the case, claim, listing and invitation words from their facts, in English and in Chinese, with what people wrote kept as written.</summary>
public sealed class PartnerNoticeWordsTests
{
    private static readonly CultureInfo English = new("en-US");
    private static readonly CultureInfo Chinese = new("zh-CN");

    [Fact]
    public void ACorrectedCaseGivesTheReasonAsWrittenAndTheSignedKpiChange()
    {
        var facts = new CaseNoticeFacts(12, "CM2610-9109", 2026, 10, DiscrepancyStatus.Corrected)
        {
            Resolution = "Line 2 was missing.\nAdded from the invoice.",
            KpiChange = 4.5m,
        }.ToJson();

        var english = Render(NoticeKind.CaseUpdated, facts, English);
        var chinese = Render(NoticeKind.CaseUpdated, facts, Chinese);

        Assert.Equal("Case 12: corrected", english.Subject);
        Assert.Equal("Support staff corrected your KPI discrepancy case 12 (invoice CM2610-9109, 2026-10). Their reason:", english.Paragraphs[0][0]);
        Assert.Equal(["Line 2 was missing.", "Added from the invoice."], english.Paragraphs[1]);
        Assert.Equal("KPI change: +4.5. Your KPI dashboard and eligibility already count it.", english.Paragraphs[2][0]);
        Assert.Equal("案例 12：已更正", chinese.Subject);
        Assert.Equal("KPI 变化：+4.5。你的 KPI 仪表板和资格评估已计入此变化。", chinese.Paragraphs[2][0]);
    }

    [Fact]
    public void ACaseWaitingForThePartnerAsksSupportsQuestion()
    {
        var facts = new CaseNoticeFacts(3, "CM2610-9109", 2026, 10, DiscrepancyStatus.WaitingForPartner) { Question = "Which invoice line is it?" }.ToJson();

        var chinese = Render(NoticeKind.CaseUpdated, facts, Chinese);

        Assert.Equal("案例 3：需要更多信息", chinese.Subject);
        Assert.Equal("支持人员需要有关你的 KPI 差异案例 3（发票 CM2610-9109，2026-10）的更多信息：", chinese.Paragraphs[0][0]);
        Assert.Equal(["Which invoice line is it?"], chinese.Paragraphs[1]);
    }

    [Fact]
    public void ARejectedClaimNamesTheTrainerOrTheExamAndTheReason()
    {
        var trainer = new ClaimRejectedFacts(ClaimedFactKind.Trainer, "MCT-NW-777", "Zhang Min", "No MCT membership.").ToJson();
        var exam = new ClaimRejectedFacts(ClaimedFactKind.ExamPass, "DP-300", "Li Wei", "Another person's transcript.").ToJson();

        Assert.Equal("Your claim of MCT MCT-NW-777 (Zhang Min) was rejected", Render(NoticeKind.ClaimRejected, trainer, English).Subject);
        Assert.Equal("你对考试 DP-300（Li Wei）的申报已被拒绝", Render(NoticeKind.ClaimRejected, exam, Chinese).Subject);
        Assert.Equal(["Another person's transcript."], Render(NoticeKind.ClaimRejected, exam, Chinese).Paragraphs[1]);
    }

    [Fact]
    public void AListingDecisionNamesTheListingItsBatchAndItsPublicationDate()
    {
        var approved = new ListingDecisionFacts("Contoso Learning", "2026-11", new DateOnly(2026, 12, 7), null).ToJson();
        var rejected = new ListingDecisionFacts("北风学院", "2026-11", null, "The page advertises <another> company.").ToJson();

        var english = Render(NoticeKind.ListingApproved, approved, English);
        Assert.Equal("Your directory listing is approved: published on 2026-12-07", english.Subject);
        Assert.Equal("The directory editors approved your listing \"Contoso Learning\" in the batch of 2026-11. It shows in the public Learning Partner directory from 2026-12-07, while you hold a learning option.",
            english.Paragraphs[0][0]);
        var chinese = Render(NoticeKind.ListingRejected, rejected, Chinese);
        Assert.Equal("你的目录列表申请未获批准", chinese.Subject);
        Assert.Equal("目录编辑未批准你的目录列表“北风学院”。原因：", chinese.Paragraphs[0][0]);
        Assert.Equal(["The page advertises <another> company."], chinese.Paragraphs[1]);
    }

    [Fact]
    public void FactsWrittenInChineseKeepTheirLettersInTheStoredJson()
    {
        var json = new ClaimRejectedFacts(ClaimedFactKind.Trainer, "MCT-1", "张敏", "成绩单无效。").ToJson();

        Assert.Contains("张敏", json, StringComparison.Ordinal); // not \u5F20\u654F: six characters a letter of the column's 4000
        Assert.Equal("张敏", ClaimRejectedFacts.FromJson(json).PersonName);
    }

    [Fact]
    public void AnInvitationNamesTheRoleNotItsCodeInTheInvitersLanguage()
    {
        var facts = new InvitationMailFacts("Contoso Learning Ltd", PortalRoles.AccountAdmin, "Avery Chen",
            new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero), "https://portal.example.com/invitations/abc");

        var english = TestRenderers.Real().Invitation(facts, English);
        var chinese = TestRenderers.Real().Invitation(facts, Chinese);

        Assert.Equal("Invitation to Contoso Learning Ltd in the Learning Partner Portal", english.Subject);
        Assert.Equal("Avery Chen invites you to join Contoso Learning Ltd in the Learning Partner Portal as Account admin.", english.Paragraphs[0][0]);
        Assert.Equal("Open this link and sign in with the work account of this email address to accept. The link works once, until 2026-12-09 10:00 UTC:",
            english.Paragraphs[1][0]);
        Assert.Equal(["https://portal.example.com/invitations/abc"], english.Paragraphs[2]);
        Assert.Equal("邀请你加入学习合作伙伴门户中的 Contoso Learning Ltd", chinese.Subject);
        Assert.Equal("Avery Chen 邀请你以帐户管理员身份加入学习合作伙伴门户中的 Contoso Learning Ltd。", chinese.Paragraphs[0][0]);
        Assert.DoesNotContain("AccountAdmin", string.Join("\n", chinese.Paragraphs.SelectMany(p => p)), StringComparison.Ordinal);
    }

    private static NoticeText Render(NoticeKind kind, string facts, CultureInfo culture) => TestRenderers.Real().Render(kind, facts, culture);
}
