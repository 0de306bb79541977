using LearningPartner.Web;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>The portal's notice renderer on the web project's real resources (en-US keys, zh-CN translations).</summary>
internal static class TestRenderers
{
    public static NoticeRenderer Real() =>
        new(new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));
}
