using System.Net;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Renewal;

internal static class RenewalFlow
{
    public static Task<int> EnrollmentIdAsync(PortalFactory factory, string partnerId, LearningLevel level, string? competency) =>
        factory.WithDbAsync(db => db.Enrollments
            .Where(e => db.PartnerOrganisations.Any(o => o.Id == e.PartnerOrganisationId && o.PartnerId == partnerId)
                        && e.Level == level && e.CompetencyCode == competency && e.ActivationDate != null)
            .Select(e => e.Id).SingleAsync());

    public static async Task<HttpResponseMessage> OrderAsync(HttpClient admin, string partnerId, int enrollmentId)
    {
        var page = $"/partners/{partnerId}/renew/{enrollmentId}";
        var key = await admin.HiddenValueAsync(page, "RequestKey");
        return await admin.PostFormAsync(page, page, ("RequestKey", key));
    }

    public static async Task<int> PayAsync(PortalFactory factory, HttpClient admin, string partnerId, HttpResponseMessage ordered)
    {
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        var orderId = PageValues.IdFromLocation(ordered);
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, partnerId, orderId, PageValues.PdfProof, "renewal.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId && p.OpenOrderId != null).Select(p => p.Id).SingleAsync());
    }
}
