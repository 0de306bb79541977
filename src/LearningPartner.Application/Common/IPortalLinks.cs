namespace LearningPartner.Application.Common;

/// <summary>
/// Where a partner reads what a notice is about. The web layer answers from its routes, so no use case spells a URL and
/// renaming a route cannot leave a notice pointing nowhere.
/// </summary>
public interface IPortalLinks
{
    /// <summary>The partner's page of one of its KPI discrepancy cases.</summary>
    string DiscrepancyCase(string partnerId, int caseId);

    /// <summary>The partner's overview, its first page.</summary>
    string Overview(string partnerId);

    /// <summary>The partner's held invoices page (invoice lines it submitted with their documents).</summary>
    string HeldInvoices(string partnerId);

    /// <summary>The partner's directory listing page.</summary>
    string Listing(string partnerId);

    /// <summary>R-MCT-1: the partner's trainers page.</summary>
    string Trainers(string partnerId);

    /// <summary>R-MCT-1: the partner's exam passes page.</summary>
    string ExamPasses(string partnerId);

    /// <summary>R-FEE-2: the partner's page of one of its orders.</summary>
    string Order(string partnerId, int orderId);

    /// <summary>R-RNW-1: the partner's renewal page of one of its held options.</summary>
    string Renewal(string partnerId, int enrollmentId);

    /// <summary>R-ORG-2: the page where a person accepts an invitation, by its link's token (a path).</summary>
    string Invitation(string token);
}
