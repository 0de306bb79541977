using LearningPartner.Application.Common;

namespace LearningPartner.Web.Features.Common;

/// <summary>The application's links, generated from the controllers' routes.</summary>
internal sealed class PortalLinks(LinkGenerator links) : IPortalLinks
{
    public string DiscrepancyCase(string partnerId, int caseId) =>
        links.GetPathByAction("Details", "DiscrepancyCases", new { partnerId, caseId })
        ?? throw new InvalidOperationException("No route to a partner's discrepancy case.");

    public string Overview(string partnerId) =>
        links.GetPathByAction("Overview", "Partners", new { partnerId }) ?? throw new InvalidOperationException("No route to a partner's overview.");

    public string HeldInvoices(string partnerId) =>
        links.GetPathByAction("Index", "HeldInvoices", new { partnerId }) ?? throw new InvalidOperationException("No route to a partner's held invoices.");

    public string Listing(string partnerId) =>
        links.GetPathByAction("Index", "Listings", new { partnerId }) ?? throw new InvalidOperationException("No route to a partner's listing.");

    public string Trainers(string partnerId) =>
        links.GetPathByAction("Index", "Trainers", new { partnerId }) ?? throw new InvalidOperationException("No route to a partner's trainers.");

    public string ExamPasses(string partnerId) =>
        links.GetPathByAction("Index", "ExamPasses", new { partnerId }) ?? throw new InvalidOperationException("No route to a partner's exam passes.");

    public string Order(string partnerId, int orderId) =>
        links.GetPathByAction("Details", "Orders", new { partnerId, orderId }) ?? throw new InvalidOperationException("No route to a partner's order.");

    public string Renewal(string partnerId, int enrollmentId) =>
        links.GetPathByAction("Index", "Renewal", new { partnerId, enrollmentId }) ?? throw new InvalidOperationException("No route to a renewal.");

    public string Invitation(string token) =>
        links.GetPathByAction("Show", "Invitations", new { token }) ?? throw new InvalidOperationException("No route to an invitation.");
}
