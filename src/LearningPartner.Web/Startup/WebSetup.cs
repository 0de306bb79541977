using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using LearningPartner.Application;
using LearningPartner.Application.Common;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.WebEncoders;

namespace LearningPartner.Web.Startup;

internal static class WebSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("en-US"), new("zh-CN")];

    /// <summary>MVC with views, localization, validation, antiforgery, health, data protection, features.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        // Razor would otherwise write every Chinese character as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddAuthorization(PortalPolicies.Register);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // The process culture here is invariant: the default must be explicit.
            o.DefaultRequestCulture = new RequestCulture("en-US");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
        });

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<PartnerRouteAccessFilter>();
                // The organisation of a {partnerId} route, resolved once by the filter, is an action parameter like any other.
                o.ModelBinderProviders.Insert(0, new PartnerContextBinderProvider());
                o.ModelMetadataDetailsProviders.Add(new BindingSourceMetadataProvider(typeof(PartnerContext), BindingSource.Special));
                o.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(PartnerContext)));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<MvcOptions>, ModelBindingMessages>();

        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);

        // The JSON API (issue 8): RFC 7807 problem responses and an OpenAPI document at /openapi/v1.json.
        services.AddProblemDetails();
        services.AddPortalApiDocument();

        // Keys in the database under a fixed application name: every instance behind a load balancer
        // reads each other's cookies and antiforgery tokens.
        // AES-256-GCM for new keys (issue 12): one pass instead of CBC plus a separate HMAC, for the session cookie and the
        // antiforgery cookie and tokens read or written on every request. Each key keeps the algorithm it was made with,
        // so cookies protected by an older key still open after an upgrade.
        services.AddDataProtection()
            .PersistKeysToDbContext<PortalDbContext>()
            .SetApplicationName("LearningPartner")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            })
            .ProtectKeysWhenConfigured(configuration);

        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database").AddCheck<DatabaseFileHealthCheck>("database-file");
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddPortalRateLimits(configuration);
        services.AddPortalForwardedHeaders(configuration);
        services.AddApplication();
        services.AddSingleton<IPortalLinks, PortalLinks>();
        // Issue 23: the words of notices stored as facts, for the overview and the notification outbox.
        services.AddSingleton<LearningPartner.Infrastructure.Notifications.INoticeRenderer, NoticeRenderer>();
        services.AddSingleton<SiteLinks>();
        services.AddSingleton<RuleSetNames>();
        return services;
    }
}
