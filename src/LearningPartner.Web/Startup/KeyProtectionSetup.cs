using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Data Protection keys at rest (issue 12). With <c>DataProtection:CertificatePath</c> set (a PKCS#12 file with its private
/// key), each new key's secret is encrypted with that certificate before it is written to the <c>DataProtectionKeys</c>
/// table, so a copy of the database or of a backup cannot forge a session cookie. Keys written under a previous
/// certificate stay readable while <c>DataProtection:PreviousCertificatePath</c> names it. Without a certificate the keys
/// are stored as they are (Development, tests) and ASP.NET Core warns so when it makes one. A certificate that is named
/// but cannot be used stops the start: running on unprotected keys by mistake is worse than not starting.
/// </summary>
internal static class KeyProtectionSetup
{
    public const string Section = "DataProtection";

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
