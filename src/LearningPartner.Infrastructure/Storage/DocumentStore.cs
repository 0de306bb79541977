using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Storage;

/// <summary>Stores uploaded documents (proofs of payment, partner-held invoices) under random keys in a folder outside the web root.</summary>
public sealed class DocumentStore(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DocumentsPath));

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var key = $"{Guid.NewGuid():N}.bin";
        await File.WriteAllBytesAsync(Path.Combine(_root, key), content, cancellationToken);
        return key;
    }

    public Stream? Open(string key)
    {
        // Keys are ours (a GUID and an extension); anything else is refused rather than resolved as a path.
        if (key.Length != 36 || !key.EndsWith(".bin", StringComparison.Ordinal) || !Guid.TryParseExact(key[..32], "N", out _))
        {
            return null;
        }

        var path = Path.Combine(_root, key);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>A stored document ready to stream, typed by its content (never by the name it was uploaded with).</summary>
    public async Task<StoredDocument?> OpenDocumentAsync(string key, string fileName, CancellationToken cancellationToken)
    {
        var stream = Open(key);
        if (stream is null)
        {
            return null;
        }

        var header = new byte[8];
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = 0;
        return new StoredDocument(stream, DocumentFileKind.Detect(header.AsSpan(0, read)) ?? "application/octet-stream", fileName);
    }

    public void Delete(string key)
    {
        if (Open(key) is { } stream)
        {
            stream.Dispose();
            File.Delete(Path.Combine(_root, key));
        }
    }
}
