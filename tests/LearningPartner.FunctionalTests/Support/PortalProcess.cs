using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace LearningPartner.FunctionalTests.Support;

/// <summary>
/// The portal as its own operating-system process (the built LearningPartner.Web.dll on a free loopback port, the
/// real clock, a SQLite file of the test's), so a test can kill it outright — SIGKILL, no shutdown — and start it
/// again on the same database, as a crashed server is restarted.
/// </summary>
public sealed partial class PortalProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(string databasePath)
    {
        var web = Path.Combine(TestPaths.RepositoryRoot(), "src", "LearningPartner.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(web, "bin", configuration, "net10.0", "LearningPartner.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in PortalFactory.TestSettings(databasePath))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Serilog__MinimumLevel__Default"] = "Information"; // "Now listening on" tells the port

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The portal exited: {Output}"));
        _process.EnableRaisingEvents = true;
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The process's console output so far, for failure messages.</summary>
    public string Output => string.Join("\n", _lines.TakeLast(40));

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    /// <summary>Starts the portal on the database file and waits until it listens.</summary>
    public static async Task<PortalProcess> StartAsync(string databasePath)
    {
        var portal = new PortalProcess(databasePath);
        portal.BaseAddress = await portal._listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return portal;
    }

    /// <summary>A client with the given cookie jar: the jar outlives the process, as a browser outlives a server crash.</summary>
    public HttpClient CreateClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks — a power cut as far as the process knows.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[0-9.:]+)")]
    private static partial Regex Listening();
}
