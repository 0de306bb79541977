using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.RequireAllowedHosts();
builder.AddPortalPublicAddress();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddPortalPersistence(builder.Configuration, builder.Environment.ContentRootPath);
builder.AddPortalSignIn();
builder.Services.AddPortalWeb(builder.Configuration);

var app = builder.Build();

await app.InitializePortalDatabaseAsync();
app.WarnWhenMailIsNotSent();
app.WarnWhenWireInstructionsAreMissing();
app.WarnWhenKeysAreNotProtected();
app.WarnWhenPublicAddressIsMissing();
app.UsePortalPipeline();
app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "Learning Partner Portal is ready: open {Urls} in a browser", string.Join(", ", app.Urls)));

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
