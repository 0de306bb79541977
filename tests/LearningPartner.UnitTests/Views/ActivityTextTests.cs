using LearningPartner.Application.Audit;
using LearningPartner.Web.Features.Activity;
using Microsoft.Extensions.Localization;

namespace LearningPartner.UnitTests.Views;

/// <summary>R-ORG-3: each action a partner reads has its words on the activity log (their zh-CN: ResourceCoverageTests).</summary>
public sealed class ActivityTextTests
{
    private static readonly IStringLocalizer English = new KeysAsText();

    public static TheoryData<string> PartnerActions() => [.. PartnerAuditView.ForThePartner.Select(a => a.ToString())];

    [Theory]
    [MemberData(nameof(PartnerActions))]
    public void EveryActionAPartnerReadsHasItsWords(string action) => Assert.NotEqual(action, ActivityText.Action(English, action));

    [Fact]
    public void AnActionOrTypeNotKnownIsShownAsStored()
    {
        Assert.Equal("SomethingNew", ActivityText.Action(English, "SomethingNew"));
        Assert.Equal("Widget", ActivityText.Subject(English, "Widget"));
        Assert.Equal("Trainer added", ActivityText.Action(English, "TrainerAdded"));
        Assert.Equal("KPI records", ActivityText.Subject(English, "InvoiceLine"));
    }

    /// <summary>The en-US text of a key is the key itself, as the portal's shared resource has it.</summary>
    private sealed class KeysAsText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
