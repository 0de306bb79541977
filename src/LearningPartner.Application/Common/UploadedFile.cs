namespace LearningPartner.Application.Common;

/// <summary>A file as the browser sent it: its name, its declared length, and its content to read once checked.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> OpenRead)
{
    /// <summary>The whole content, for a file whose length was checked first.</summary>
    public async Task<byte[]> ReadAllAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using var stream = OpenRead();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
