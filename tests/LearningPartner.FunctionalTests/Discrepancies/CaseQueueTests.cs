using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Discrepancies;

/// <summary>
/// Support's queue (R-ROLE-2): oldest first, filtered by status, partner, assignee and age, each case's age against the
/// configurable target. The demo world as of 2026-11-25 10:00: case 1 (Contoso, submitted 1 day ago, nobody), case 2
/// (Contoso, 6 days, waiting for the partner, Sam), case 3 (Fabrikam, 8 days, in review, Sam).
/// </summary>
public sealed partial class CaseQueueTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Theory]
    [InlineData("", new[] { 3, 2, 1 })]
    [InlineData("?status=Submitted", new[] { 1 })]
    [InlineData("?status=WaitingForPartner", new[] { 2 })]
    [InlineData("?status=Corrected", new int[0])]
    [InlineData("?partner=Fabrikam", new[] { 3 })]
    [InlineData("?partner=4100001", new[] { 2, 1 })]
    [InlineData("?assignee=none", new[] { 1 })]
    [InlineData("?assignee=me", new[] { 3, 2 })]
    [InlineData("?olderThanDays=7", new[] { 3 })]
    [InlineData("?olderThanDays=3&partner=Contoso", new[] { 2 })]
    public async Task TheQueueIsOldestFirstAndFiltered(string query, int[] expected)
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        var html = await support.GetStringAsync("/staff/cases" + query);

        Assert.Equal(expected, CaseRow().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).ToArray());
    }

    [Fact]
    public async Task EachCaseShowsItsAgeAndOnlyOnesInSupportsHandsGoOverTheTarget()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        var html = await support.GetStringAsync("/staff/cases");

        // Case 3 is in review for 8 days (> 5); case 2 is older than the target too, but waits for the partner.
        Assert.Equal(["3"], OverTarget().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Matches("<tr data-case=\"3\"[^>]*>.*?8 d 0 h", html.Replace("\n", " "));
        Assert.Contains("Age 8 d 0 h against a target of 5 days.", await support.GetStringAsync("/staff/cases/3"));
    }

    [Fact]
    public async Task TheTargetIsConfigurable()
    {
        using var factory = new PortalFactory().WithSetting("DiscrepancyCases:TargetDays", "10");
        using var support = await factory.SignedInClientAsync(Personas.Support);

        Assert.Empty(OverTarget().Matches(await support.GetStringAsync("/staff/cases")));
    }

    [Fact]
    public async Task TakingACaseAssignsItToTheStaffMember()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        await CaseFlow.TakeAsync(support, 1);

        Assert.Equal([3, 2, 1], CaseRow().Matches(await support.GetStringAsync("/staff/cases?assignee=me")).Select(m => int.Parse(m.Groups[1].Value)));
        Assert.Empty(CaseRow().Matches(await support.GetStringAsync("/staff/cases?assignee=none")));
        Assert.Contains("data-status=\"InReview\"", await support.GetStringAsync("/staff/cases/1"));
    }

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("<tr data-case=\"(\\d+)\"")]
    private static partial Regex CaseRow();

    [GeneratedRegex("<tr data-case=\"(\\d+)\" class=\"over-target\"")]
    private static partial Regex OverTarget();
}
