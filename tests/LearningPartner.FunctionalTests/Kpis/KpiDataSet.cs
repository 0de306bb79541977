using System.Net;
using System.Text;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Kpis;

/// <summary>
/// A small fixed data set for KPI tests, imported through the real import: partner 4100077 (US) and six lines whose
/// KPI values are worked out by hand from the sample weights (FY2026 and FY2027: MOC 1.0, MOC-ON-DEMAND 1.25,
/// LABS-ONLINE 0.5 in courseware; EXAM-VOUCHER 1.0 in certification). Today is 2026-11-25.
/// </summary>
public static class KpiDataSet
{
    public const string PartnerId = "4100077";

    private const string Lines = """
        PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency
        4100077,Invoice,L-1,1,2025-10-31,MOC,10,950.00,USD
        4100077,Invoice,L-2,1,2025-11-01,EXAM-VOUCHER,4,660.00,USD
        4100077,Invoice,L-3,1,2026-09-30,MOC-ON-DEMAND,8,720.00,USD
        4100077,Invoice,L-3,2,2026-09-30,LABS-ONLINE,3,135.00,USD
        4100077,Invoice,L-4,1,2026-10-15,MOC,2,190.00,USD
        4100077,Invoice,L-5,1,2026-11-02,MOC,5,475.00,USD
        """;

    /// <summary>Creates the organisation, imports the lines, and returns a signed-in support client.</summary>
    public static async Task<HttpClient> ArrangeAsync(PortalFactory factory)
    {
        var support = await factory.SignedInClientAsync(Personas.Support);
        await factory.WithDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(new Domain.Partners.PartnerOrganisation(PartnerId, "=HYPERLINK(\"x\") Litware", "US"));
            return await db.SaveChangesAsync();
        });
        var token = await support.GetAntiforgeryTokenAsync("/staff/imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Lines.Replace("\r", string.Empty))), "file", "fixed.csv" },
        };
        var preview = (await support.PostAsync("/staff/imports", form)).Headers.Location!.OriginalString;
        await Imports.ImportFlow.CommitAsync(support, preview);
        return support;
    }
}
