using System.Text;
using LearningPartner.Application.Common;

namespace LearningPartner.UnitTests.Common;

/// <summary>
/// Issue 20.6: an uploaded document's name is the user's text too; a direction override in it is kept visible, never stored as is.
/// R-MCT-1: a transcript is a PDF only, by content and by name.
/// </summary>
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

    [Theory]
    [InlineData("transcript.pdf", null)]
    [InlineData("transcript.PDF", null)]
    [InlineData("transcript.png", RefusalCode.DocumentNotPdf)] // a PDF under another name
    public async Task ATranscriptIsAPdfNamedAsOne(string fileName, RefusalCode? refused)
    {
        var (_, refusal) = await DocumentUpload.ReadPdfAsync(new UploadedFile(fileName, Pdf.Length, () => new MemoryStream(Pdf)), "EvidenceDocument",
            RefusalCode.DocumentNotPdf, CancellationToken.None);

        Assert.Equal(refused, refusal?.Code);
    }

    [Fact]
    public async Task AnImageIsRefusedAsATranscriptWhateverItsNameButAcceptedAsAnInvoice()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var (_, asTranscript) = await DocumentUpload.ReadPdfAsync(new UploadedFile("transcript.pdf", png.Length, () => new MemoryStream(png)),
            "EvidenceDocument", RefusalCode.DocumentNotPdf, CancellationToken.None);
        var (asInvoice, _) = await DocumentUpload.ReadAsync(new UploadedFile("invoice.png", png.Length, () => new MemoryStream(png)), "Document",
            RefusalCode.InvoiceDocumentMissing, CancellationToken.None);

        Assert.Equal(new Refusal(RefusalCode.DocumentNotPdf, "EvidenceDocument", []), asTranscript! with { Values = [] });
        Assert.NotNull(asInvoice);
    }
}
