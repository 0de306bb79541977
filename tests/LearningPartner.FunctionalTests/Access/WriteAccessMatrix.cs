using LearningPartner.FunctionalTests.Support;
using static LearningPartner.FunctionalTests.Access.Expect;

namespace LearningPartner.FunctionalTests.Access;

/// <summary>
/// Every POST route × persona → expected outcome, written by hand (R-ROLE-1..4, issue 11). Each post carries the
/// persona's own antiforgery token and an empty form: what is tested is who reaches the action, not what it does. A POST
/// route missing here fails <see cref="WriteAccessMatrixTests.EveryPostRouteIsInTheMatrix"/>.
/// </summary>
public static class WriteAccessMatrix
{
    public static readonly AccessRow[] Rows =
    [
        //                                                                         anonymous contoso-user contoso-admin fabrikam-admin support editor contoso-viewer
        new("account/sign-in", "/account/sign-in",                                 [Reached, Reached,     Reached,      Reached,       Reached, Reached, Reached], "persona=contoso-user"),
        new("account/sign-out", "/account/sign-out",                               [SignIn,  Reached,     Reached,      Reached,       Reached, Reached, Reached]),
        new("culture", "/culture",                                                 [Reached, Reached,     Reached,      Reached,       Reached, Reached, Reached]),
        // R-ORG-1: members and staff are sent to their dashboard (reached, nothing written); only partner admins accept the agreement.
        new("register", "/register",                                               [SignIn,  Reached,     Reached,      Reached,       Reached, Reached, Reached]),
        new("partners/{partnerId}/agreement", "/partners/4100001/agreement",       [SignIn,  Denied,      Reached,      NotFound,      Denied,  Denied, Denied]),
        new("partners/{partnerId}/cases", "/partners/4100001/cases",               [SignIn,  Denied,      Reached,      NotFound,      Denied,  Denied, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}/answer", "/partners/4100001/cases/2/answer", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/directory", "/partners/4100001/directory",       [SignIn,  Denied,      Reached,      NotFound,      Denied,  Denied, Denied]),
        new("partners/{partnerId}/enroll/order", "/partners/4100001/enroll/order", [SignIn,  Denied,      Reached,      NotFound,      Denied,  Denied, Denied], "Level=LearningActionPack"),
        new("partners/{partnerId}/exams", "/partners/4100001/exams",               [SignIn,  Denied,      Reached,      NotFound,      Denied,  Denied, Denied]),
        new("partners/{partnerId}/exams/{examPassId:int}/remove", "/partners/4100001/exams/1/remove", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/held-invoices", "/partners/4100001/held-invoices", [SignIn, Denied,      Reached,      NotFound,      Denied,  Denied, Denied]),
        // R-FEE-3: the demo order 1 is pending; the admin's empty form cancels it (reached).
        new("partners/{partnerId}/orders/{orderId:int}/cancel", "/partners/4100001/orders/1/cancel", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        // R-FEE-3: order 1 has not expired, so the admin's re-creation is refused on the order page (reached).
        new("partners/{partnerId}/orders/{orderId:int}/recreate", "/partners/4100001/orders/1/recreate", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/orders/{orderId:int}/proof", "/partners/4100001/orders/1/proof", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/renew/{enrollmentId:int}", "/partners/4100001/renew/2", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        // R-ORG-2: an empty form reaches the role change (and is refused there); no person 999999 to deactivate.
        new("partners/{partnerId}/people/{personId:int}/role", "/partners/4100001/people/2/role", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/people/{personId:int}/deactivate", "/partners/4100001/people/999999/deactivate", [SignIn, Denied, NotFound, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/people/{personId:int}/reactivate", "/partners/4100001/people/999999/reactivate", [SignIn, Denied, NotFound, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/trainers", "/partners/4100001/trainers",         [SignIn,  Denied,      Reached,      NotFound,      Denied,  Denied, Denied]),
        new("partners/{partnerId}/trainers/{trainerId:int}/edit", "/partners/4100001/trainers/1/edit", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/trainers/{trainerId:int}/retire", "/partners/4100001/trainers/1/retire", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        // Registration 1 is Contoso, registered before sign-up: it is not a registration, so support gets 404.
        new("staff/registrations/{registrationId:int}/verify", "/staff/registrations/1/verify", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/registrations/{registrationId:int}/reject", "/staff/registrations/1/reject", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/claims/trainers/{trainerId:int}/verify", "/staff/claims/trainers/1/verify", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/claims/trainers/{trainerId:int}/reject", "/staff/claims/trainers/1/reject", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/claims/exams/{examPassId:int}/verify", "/staff/claims/exams/1/verify", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/claims/exams/{examPassId:int}/reject", "/staff/claims/exams/1/reject", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/cases/{caseId:int}/take", "/staff/cases/1/take",                [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/cases/{caseId:int}/ask", "/staff/cases/1/ask",                  [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/cases/{caseId:int}/reject", "/staff/cases/1/reject",            [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/cases/{caseId:int}/correct", "/staff/cases/1/correct",          [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/directory/{listingId:int}/approve", "/staff/directory/4/approve", [SignIn, Denied,      Denied,       Denied,        Denied,  Reached, Denied]),
        new("staff/directory/{listingId:int}/reject", "/staff/directory/4/reject", [SignIn,  Denied,      Denied,       Denied,        Denied,  Reached, Denied]),
        new("staff/held-invoices/{heldInvoiceId:int}/verify", "/staff/held-invoices/1/verify", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/held-invoices/{heldInvoiceId:int}/refuse", "/staff/held-invoices/1/refuse", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        new("staff/fact-imports/mct-roster", "/staff/fact-imports/mct-roster",     [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/fact-imports/exam-results", "/staff/fact-imports/exam-results", [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/fact-imports/{importId:int}/commit", "/staff/fact-imports/999/commit", [SignIn, Denied, Denied,      Denied,        NotFound, Denied, Denied]),
        new("staff/imports", "/staff/imports",                                     [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        // Support reaches these actions, which answer 404 for an import or payment that does not exist.
        new("staff/imports/{importId:int}/commit", "/staff/imports/1/commit",      [SignIn,  Denied,      Denied,       Denied,        NotFound, Denied, Denied]),
        new("staff/partner-users", "/staff/partner-users",                         [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/partner-users/{id:int}/remove", "/staff/partner-users/999999/remove", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied], "Unlink.Reason=left"),
        new("staff/sessions/{objectId:guid}/end", "/staff/sessions/00000000-0000-0000-0000-000000000000/end", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]), // no such user
        // A well-formed receipt (R-FEE-3), so that support reaches the use case, which answers 404.
        new("staff/payments/{paymentId:int}/confirm", "/staff/payments/1/confirm", [SignIn,  Denied,      Denied,       Denied,        NotFound, Denied, Denied],
            "Confirmation.Amount=1650.00&Confirmation.Currency=USD&Confirmation.ValueDate=2026-11-24&Confirmation.BankReference=FT1"),
        new("staff/payments/{paymentId:int}/reject", "/staff/payments/1/reject",   [SignIn,  Denied,      Denied,       Denied,        Reached, Denied, Denied]),
        new("staff/payments/marketplace/{enrollmentId:int}/complete", "/staff/payments/marketplace/1/complete", [SignIn, Denied, Denied, Denied, Reached, Denied, Denied]),
        // R-ORG-2: the organisation's partner admins invite, resend and revoke (the demo's invitation 1 is Contoso's).
        new("partners/{partnerId}/invitations", "/partners/4100001/invitations", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/invitations/{invitationId:int}/resend", "/partners/4100001/invitations/1/resend", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/invitations/{invitationId:int}/revoke", "/partners/4100001/invitations/1/revoke", [SignIn, Denied, Reached, NotFound, Denied, Denied, Denied]),
        // Anyone signed in may try a link; the demo's is for Jordan Lee, so every persona is refused (the page says why).
        new("invitations/{token}", "/invitations/demo-invitation-jordan-lee-contoso-learning", [SignIn, Reached, Reached, Reached, Reached, Reached, Reached]),
        new("resources/{kind}/edit", "/resources/EnrollmentGuide/edit",            [SignIn,  Denied,      Denied,       Denied,        Reached, Reached, Denied]), // R-RES-1
    ];

    public static IEnumerable<object[]> Cases() => Rows.Select(row => new object[] { row.RoutePattern, row.Url });
}
