using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>The test portal (demo data on SQLite) with every query it compiles kept by <see cref="Recorder"/> and each kind of write it saves by <see cref="Writes"/>.</summary>
public sealed class RecordingPortal : PortalFactory
{
    public QueryRecorder Recorder { get; } = new(new HttpContextAccessor());

    public WriteRecorder Writes { get; } = new(new HttpContextAccessor());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(Recorder, Writes)));
    }
}
