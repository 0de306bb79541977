using System.Text;
using LearningPartner.Application.Common;

namespace LearningPartner.UnitTests.Common;

/// <summary>Issue 20.6: an uploaded document's name is the user's text too; a direction override in it is kept visible, never stored as is.</summary>
public sealed class DocumentUploadTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Theory]
    [InlineData("invoice.pdf", "invoice.pdf")]
    [InlineData("invoice\u202Egnp.pdf", "invoice[U+202E]gnp.pdf")]
    [InlineData("in\u0007voice.pdf", "in[U+0007]voice.pdf")]
    public async Task TheStoredNameShowsEveryHiddenCharacterAsItsCodePoint(string uploaded, string stored)
    {
        var (upload, refusal) = await DocumentUpload.ReadAsync(new UploadedFile(uploaded, Pdf.Length, () => new MemoryStream(Pdf)), "proof",
            RefusalCode.ProofMissing, CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal(stored, upload!.FileName);
    }
}
