using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.UnitTests.Rules;
using LearningPartner.Web;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>
/// The portal's notice renderer on the web project's real resources (en-US keys, zh-CN translations) and the shipped rule sets'
/// names (ADR-019).
/// </summary>
internal static class TestRenderers
{
    public static NoticeRenderer Real()
    {
        var catalogs = new RuleSetCatalogProvider();
        catalogs.Set(TestRuleSets.Shipped);
        return new(new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)), new RuleSetNames(catalogs));
    }
}
