using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Serilog.Events;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Data Protection keys at rest (issue 12). With <c>DataProtection:CertificatePath</c> set (a PKCS#12 file with its private
/// key), each new key's secret is encrypted with that certificate before it is written to the <c>DataProtectionKeys</c>
/// table, so a copy of the database or of a backup cannot forge a session cookie. Keys written under a previous
/// certificate stay readable while <c>DataProtection:PreviousCertificatePath</c> names it. Without a certificate the keys
/// are stored as they are: fine in Development and tests; elsewhere the portal says so once at start, naming the setting
/// (<see cref="WarnWhenKeysAreNotProtected"/>). A certificate that is named but cannot be used stops the start: running on
/// unprotected keys by mistake is worse than not starting.
/// </summary>
internal static class KeyProtectionSetup
{
    public const string Section = "DataProtection";

    private const string KeyManager = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    /// <summary>XmlKeyManager's "NoXMLEncryptorConfiguredKeyMayBePersistedToStorageInUnencryptedForm".</summary>
    private const int NoEncryptorEventId = 35;

    /// <summary>
    /// Outside Development without a certificate: one warning at start that says what to set (issue 20.9). Logged by the
    /// portal instead of ASP.NET Core's own, which names no setting and comes again with every new key.
    /// </summary>
    public static void WarnWhenKeysAreNotProtected(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(app.Configuration[$"{Section}:CertificatePath"]))
        {
            return;
        }

        app.Logger.LogWarning(
            "DataProtection:CertificatePath is not set: the Data Protection keys, which protect the session cookies and antiforgery tokens, are stored unencrypted in the database, and anyone with a copy of it or of a backup can forge a session. Set DataProtection:CertificatePath (a .pfx file with its private key) and DataProtection:CertificatePassword (docs/operations.md, Data Protection keys at rest)");
    }

    /// <summary>
    /// ASP.NET Core's warning that a new key "may be persisted to storage in unencrypted form": in Development and tests
    /// nobody need act on it, and elsewhere <see cref="WarnWhenKeysAreNotProtected"/> says it once, with what to do.
    /// </summary>
    public static bool IsFrameworkUnencryptedKeyWarning(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: KeyManager }
        && logEvent.Properties.TryGetValue("EventId", out var eventId) && eventId is StructureValue structure
        && structure.Properties.Any(p => p.Name == "Id" && p.Value is ScalarValue { Value: NoEncryptorEventId });

    public static IDataProtectionBuilder ProtectKeysWhenConfigured(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (Load(section, "CertificatePath", "CertificatePassword") is not { } current)
        {
            return builder;
        }

        var readers = Load(section, "PreviousCertificatePath", "PreviousCertificatePassword") is { } previous ? new[] { current, previous } : [current];
        // The previous certificate is handed over explicitly: the decryptor would otherwise look for it in the machine's
        // certificate stores, where it is not (and on Linux there is no such store to put it in).
        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate(readers);
    }

    private static X509Certificate2? Load(IConfigurationSection section, string pathKey, string passwordKey)
    {
        var path = section[pathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Section}:{pathKey} names {path}, which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section[passwordKey]);
        }
        catch (System.Security.Cryptography.CryptographicException error)
        {
            throw new InvalidOperationException($"{Section}:{pathKey} ({path}) cannot be opened with {Section}:{passwordKey}: {error.Message}", error);
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{Section}:{pathKey} ({path}) has no private key: keys encrypted with it could not be read back.");
    }
}
