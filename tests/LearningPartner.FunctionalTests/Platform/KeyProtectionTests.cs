using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 12, Data Protection keys at rest: with a certificate configured, the keys in the database are encrypted with it,
/// another instance with the certificate reads the cookies the first one issued, and after a certificate change the old
/// one, named as previous, still opens the keys made under it.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("learning-partner-keys-").FullName;

    [Fact]
    public async Task WithACertificateTheKeysAreStoredEncryptedAndAnotherInstanceReadsTheCookies()
    {
        var certificate = CertificateFile("current.pfx", "first secret");
        using var first = Protected(new PortalFactory(), certificate, "first secret");
        using var second = Protected(PortalFactory.SharingDatabaseWith(first), certificate, "first secret");

        await AssertCookieTravelsAsync(first, second);

        var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml); // the key material in the clear
        });
    }

    [Fact]
    public async Task AfterACertificateChangeThePreviousCertificateStillOpensTheOlderKeys()
    {
        var old = CertificateFile("old.pfx", "old secret");
        var renewed = CertificateFile("renewed.pfx", "new secret");
        using var before = Protected(new PortalFactory(), old, "old secret");
        _ = before.Server; // its key is made and encrypted under the old certificate
        using var after = Protected(PortalFactory.SharingDatabaseWith(before), renewed, "new secret")
            .WithSetting("DataProtection:PreviousCertificatePath", old)
            .WithSetting("DataProtection:PreviousCertificatePassword", "old secret");

        await AssertCookieTravelsAsync(before, after);
    }

    [Theory]
    [InlineData("missing.pfx", "does not exist")]
    [InlineData("current.pfx", "cannot be opened")]
    public void ACertificateThatCannotBeUsedStopsTheStart(string file, string message)
    {
        CertificateFile("current.pfx", "right secret");
        using var portal = new PortalFactory()
            .WithSetting("DataProtection:CertificatePath", Path.Combine(_folder, file))
            .WithSetting("DataProtection:CertificatePassword", "wrong secret");

        var error = Assert.ThrowsAny<Exception>(() => portal.Server);

        Assert.Contains(message, string.Join(" | ", Messages(error)));
    }

    [Fact]
    public async Task ADevelopmentStartWithoutACertificateLogsNoWarningAboutUnencryptedKeys()
    {
        var logs = new LogCapture();
        using var portal = new PortalFactory().CapturingLogs(logs);

        _ = portal.Server; // a fresh database: the first key is made at start

        Assert.NotEmpty(await portal.WithDbAsync(db => db.DataProtectionKeys.ToListAsync()));
        Assert.DoesNotContain(Warnings(logs), w => w.Contains("unencrypted", StringComparison.OrdinalIgnoreCase) || w.Contains("DataProtection", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void OutsideDevelopmentWithoutACertificateTheStartSaysOnceWhatToSet(bool certificate, bool warned)
    {
        var logs = new LogCapture();
        using var portal = StartupConfigurationTests.EntraFactory("Production").CapturingLogs(logs);
        if (certificate)
        {
            Protected(portal, CertificateFile("current.pfx", "secret"), "secret");
        }

        _ = portal.Server;

        var warnings = Warnings(logs);
        // ASP.NET Core's own warning names no setting: never shown.
        Assert.DoesNotContain(warnings, w => w.Contains("may be persisted to storage in unencrypted form", StringComparison.Ordinal));
        var ours = warnings.Where(w => w.StartsWith("DataProtection:CertificatePath is not set", StringComparison.Ordinal)).ToList();
        Assert.Equal(warned ? 1 : 0, ours.Count);
        Assert.All(ours, w =>
        {
            Assert.Contains("Set DataProtection:CertificatePath", w);
            Assert.Contains("docs/operations.md", w);
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string> Warnings(LogCapture logs) =>
        logs.Events.Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.RenderMessage(CultureInfo.InvariantCulture)).ToList();

    private static PortalFactory Protected(PortalFactory portal, string certificatePath, string password) =>
        portal.WithSetting("DataProtection:CertificatePath", certificatePath).WithSetting("DataProtection:CertificatePassword", password);

    /// <summary>Signs in on <paramref name="issuer"/> and opens a staff page on <paramref name="reader"/> with the same cookies.</summary>
    private static async Task AssertCookieTravelsAsync(PortalFactory issuer, PortalFactory reader)
    {
        var jar = new CookieContainer();
        using var onIssuer = issuer.CreateDefaultClient(new CookieContainerHandler(jar));
        using var onReader = reader.CreateDefaultClient(new CookieContainerHandler(jar));
        await onIssuer.SignInAsync(Personas.Support);

        using var response = await onReader.GetAsync("/staff/partners");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sam Rivera", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A self-signed RSA certificate with its private key, as a password-protected PKCS#12 file.</summary>
    private string CertificateFile(string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Learning Partner keys {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static IEnumerable<string> Messages(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }
    }
}
