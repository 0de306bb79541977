using LearningPartner.FunctionalTests.Support;
using static LearningPartner.FunctionalTests.Access.Expect;

namespace LearningPartner.FunctionalTests.Access;

/// <summary>
/// Every GET route × persona → expected outcome, written by hand (R-ROLE-1..4). A route the portal serves that
/// is missing here fails <see cref="AccessMatrixTests.EveryGetRouteIsInTheMatrix"/>, so no route ships without its rule.
/// </summary>
public static class AccessMatrix
{
    /// <summary>Column order of <see cref="Rows"/>: anonymous first.</summary>
    public static readonly string?[] PersonaColumns =
        [null, Personas.ContosoUser, Personas.ContosoAdmin, Personas.FabrikamAdmin, Personas.Support, Personas.Editor, Personas.ContosoViewer];

    public static readonly AccessRow[] Rows =
    [
        //                                                         anonymous contoso-user contoso-admin fabrikam-admin support editor contoso-viewer (R-ROLE-5)
        new("", "/",                                               [Ok,      Ok,          Ok,           Ok,            Ok,     Ok, Ok]),
        new("resources", "/resources",                             [Ok,      Ok,          Ok,           Ok,            Ok,     Ok, Ok]),
        new("account/sign-in", "/account/sign-in",                 [Ok,      Ok,          Ok,           Ok,            Ok,     Ok, Ok]),
        new("account/access-denied", "/account/access-denied",     [Denied,  Denied,      Denied,       Denied,        Denied, Denied, Denied]),
        new("dashboard", "/dashboard",                             [SignIn,  Redirect,    Redirect,     Redirect,      Redirect, Redirect, Redirect]),
        new("partners/{partnerId}", "/partners/4100001",           [SignIn,  Ok,          Ok,           NotFound,      Ok,     Ok, Ok]),
        new("partners/{partnerId}", "/partners/4100002",           [SignIn,  NotFound,    NotFound,     Ok,            Ok,     Ok, NotFound]),
        new("partners/{partnerId}", "/partners/4199999",           [SignIn,  NotFound,    NotFound,     NotFound,      NotFound, NotFound, NotFound]),
        // R-ORG-1: sign-up is offered only to a person of no organisation; members and staff are sent to their dashboard.
        new("register", "/register",                               [SignIn,  Redirect,    Redirect,     Redirect,      Redirect, Redirect, Redirect]),
        // R-ROLE-4: a pending registration is its own people's and staff's, never another partner's.
        new("partners/{partnerId}", "/partners/4100007",           [SignIn,  NotFound,    NotFound,     NotFound,      Ok,     Ok, NotFound]),
        new("partners/{partnerId}/requirements", "/partners/4100001/requirements", [SignIn, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("partners/{partnerId}/requirements", "/partners/4100002/requirements?asOf=2026-01-31", [SignIn, NotFound, NotFound, Ok, Ok, Ok, NotFound]),
        new("partners/{partnerId}/trainers", "/partners/4100001/trainers", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/trainers/{trainerId:int}/edit", "/partners/4100001/trainers/1/edit", [SignIn, Denied, Ok, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/trainers/{trainerId:int}/edit", "/partners/4100002/trainers/1/edit", [SignIn, Denied, NotFound, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/exams", "/partners/4100001/exams", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        // R-MCT-1 transcript PDFs: trainer 18 and exam pass 41 are Contoso's demo claims with one (DemoClaims); trainer 1 and exam
        // pass 1 have none. Another organisation's claim is not found, under its own partner id or the claim's.
        new("partners/{partnerId}/trainers/{trainerId:int}/evidence", "/partners/4100001/trainers/18/evidence", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/trainers/{trainerId:int}/evidence", "/partners/4100002/trainers/18/evidence", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/trainers/{trainerId:int}/evidence", "/partners/4100001/trainers/1/evidence", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/exams/{examPassId:int}/evidence", "/partners/4100001/exams/41/evidence", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/exams/{examPassId:int}/evidence", "/partners/4100002/exams/41/evidence", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/exams/{examPassId:int}/evidence", "/partners/4100001/exams/1/evidence", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/enroll", "/partners/4100001/enroll", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/enroll/lap", "/partners/4100001/enroll/lap", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/enroll/{level:regex(^(silver|gold)$)}/{competency}", "/partners/4100001/enroll/silver/SECURITY", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/enroll/{level:regex(^(silver|gold)$)}/{competency}", "/partners/4100001/enroll/gold/NO-SUCH-COMPETENCY", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/orders", "/partners/4100001/orders", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/orders/{orderId:int}", "/partners/4100001/orders/1", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/orders/{orderId:int}", "/partners/4100002/orders/1", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/orders/payments/{paymentId:int}/proof", "/partners/4100001/orders/payments/999/proof", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        // R-FEE-3 documents: order 1 is Contoso's pending demo order, so it has a confirmation and no receipt yet.
        new("partners/{partnerId}/orders/{orderId:int}/confirmation.pdf", "/partners/4100001/orders/1/confirmation.pdf", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/orders/{orderId:int}/confirmation.pdf", "/partners/4100002/orders/1/confirmation.pdf", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/orders/{orderId:int}/receipt.pdf", "/partners/4100001/orders/1/receipt.pdf", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/orders/{orderId:int}/receipt.pdf", "/partners/4100002/orders/1/receipt.pdf", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/renew/{enrollmentId:int}", "/partners/4100001/renew/2", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/renew/{enrollmentId:int}", "/partners/4100002/renew/2", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/kpis", "/partners/4100001/kpis", [SignIn, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("partners/{partnerId}/kpis", "/partners/4100002/kpis?asOf=2026-01-14", [SignIn, NotFound, NotFound, Ok, Ok, Ok, NotFound]),
        new("partners/{partnerId}/kpis/{month:regex(^\\d{{4}}-\\d{{2}}$)}", "/partners/4100001/kpis/2026-10", [SignIn, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("partners/{partnerId}/kpis/{month:regex(^\\d{{4}}-\\d{{2}}$)}/export.csv", "/partners/4100001/kpis/2026-10/export.csv", [SignIn, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("partners/{partnerId}/kpis/export.csv", "/partners/4100001/kpis/export.csv", [SignIn, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("api/v1/partners/{partnerId}/kpi-report", "/api/v1/partners/4100001/kpi-report", [Unauthorized, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("api/v1/partners/{partnerId}/kpi-report", "/api/v1/partners/4100002/kpi-report?asOf=2026-01-14", [Unauthorized, NotFound, NotFound, Ok, Ok, Ok, NotFound]),
        new("api/v1/partners/{partnerId}/eligibility", "/api/v1/partners/4100001/eligibility", [Unauthorized, Ok, Ok, NotFound, Ok, Ok, Ok]),
        new("api/v1/partners/{partnerId}/eligibility", "/api/v1/partners/4199999/eligibility", [Unauthorized, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        new("partners/{partnerId}/held-invoices", "/partners/4100001/held-invoices", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/held-invoices/{heldInvoiceId:int}/document", "/partners/4100001/held-invoices/1/document", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/held-invoices/{heldInvoiceId:int}/document", "/partners/4100002/held-invoices/1/document", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        // KPI discrepancy cases (R-DSC-*): the demo's case 1 and 2 are Contoso's, case 3 Fabrikam's; message 999 does not exist.
        new("partners/{partnerId}/cases", "/partners/4100001/cases", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/cases", "/partners/4100002/cases", [SignIn, NotFound, NotFound, Ok, Ok, Ok, Denied]),
        new("partners/{partnerId}/cases/new", "/partners/4100001/cases/new", [SignIn, Denied, Ok, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/cases/new", "/partners/4100002/cases/new?Month=10&Year=2026", [SignIn, Denied, NotFound, Ok, Denied, Denied, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}", "/partners/4100001/cases/1", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}", "/partners/4100002/cases/1", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}", "/partners/4100002/cases/3", [SignIn, NotFound, NotFound, Ok, Ok, Ok, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}/evidence", "/partners/4100001/cases/1/evidence", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}/evidence", "/partners/4100002/cases/1/evidence", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/cases/{caseId:int}/messages/{messageId:long}/document", "/partners/4100001/cases/2/messages/999/document", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("staff/registrations", "/staff/registrations",         [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/claims", "/staff/claims",                       [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/claims/trainers/{trainerId:int}/evidence", "/staff/claims/trainers/18/evidence", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/claims/trainers/{trainerId:int}/evidence", "/staff/claims/trainers/1/evidence", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/claims/exams/{examPassId:int}/evidence", "/staff/claims/exams/41/evidence", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/claims/exams/{examPassId:int}/evidence", "/staff/claims/exams/1/evidence", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/cases", "/staff/cases", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/cases", "/staff/cases?status=all&partner=Contoso&assignee=me&olderThanDays=3", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/cases/{caseId:int}", "/staff/cases/1", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/cases/{caseId:int}", "/staff/cases/999", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/cases/{caseId:int}/correct", "/staff/cases/2/correct", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/cases/{caseId:int}/correct", "/staff/cases/2/correct?lineId=999999999", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/cases/{caseId:int}/evidence", "/staff/cases/1/evidence", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/cases/{caseId:int}/evidence", "/staff/cases/3/evidence", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/cases/{caseId:int}/messages/{messageId:long}/document", "/staff/cases/2/messages/999/document", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        // R-ORG-3: a partner's activity log — its partner admins (not its users or account admins), and staff (R-ROLE-4).
        new("partners/{partnerId}/activity", "/partners/4100001/activity", [SignIn, Denied, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/activity", "/partners/4100002/activity?from=2026-11-01&to=2026-11-25&kind=Trainer&page=1", [SignIn, Denied, NotFound, Ok, Ok, Ok, Denied]),
        new("partners/{partnerId}/activity", "/partners/4199999/activity", [SignIn, Denied, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("partners/{partnerId}/activity/export", "/partners/4100001/activity/export", [SignIn, Denied, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/activity/export", "/partners/4100002/activity/export?kind=TrainerAdded", [SignIn, Denied, NotFound, Ok, Ok, Ok, Denied]),
        // R-ORG-2: the organisation's people — its partner admins only (not account admins, users, viewers or staff).
        new("partners/{partnerId}/people", "/partners/4100001/people", [SignIn, Denied, Ok, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/people", "/partners/4100002/people", [SignIn, Denied, NotFound, Ok, Denied, Denied, Denied]),
        // R-ORG-2: invitations — the organisation's partner admins only (not its users, viewers or account admins, not staff).
        new("partners/{partnerId}/invitations", "/partners/4100001/invitations", [SignIn, Denied, Ok, NotFound, Denied, Denied, Denied]),
        new("partners/{partnerId}/invitations", "/partners/4100002/invitations", [SignIn, Denied, NotFound, Ok, Denied, Denied, Denied]),
        // An invitation's link: anyone signed in reads what it grants (and why they cannot accept it); the demo's is for Jordan Lee.
        new("invitations/{token}", "/invitations/demo-invitation-jordan-lee-contoso-learning", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("invitations/{token}", "/invitations/no-such-invitation", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        // The directory (R-DIR-*): public page and API for everyone; a partner's listing page; the editors' queue.
        new("directory", "/directory", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("directory", "/directory?q=contoso&country=US&level=silver&page=1", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("api/v1/directory", "/api/v1/directory", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        // Issue 24: a listed partner's page, its API twin and its logo (demo listing 1, Contoso's) are public; an unlisted or
        // hidden partner's (Fabrikam's, R-DIR-5) are not found for everyone. The editors see any request's logo.
        new("directory/{listedPartnerId}/{slug?}", "/directory/4100001/contoso-learning", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("directory/{listedPartnerId}/{slug?}", "/directory/4100002/fabrikam-training", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        new("directory/logos/{listingId:int}", "/directory/logos/1", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("directory/logos/{listingId:int}", "/directory/logos/3", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        new("api/v1/directory/{listedPartnerId}", "/api/v1/directory/4100001", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("api/v1/directory/{listedPartnerId}", "/api/v1/directory/4100002", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        new("staff/directory/{listingId:int}/logo", "/staff/directory/1/logo", [SignIn, Denied, Denied, Denied, Denied, Ok, Denied]),
        new("partners/{partnerId}/directory", "/partners/4100001/directory", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/directory", "/partners/4100002/directory", [SignIn, NotFound, NotFound, Ok, Ok, Ok, Denied]),
        // Issue 24: the logo of one of the partner's own requests (demo listing 1 is Contoso's, with a logo); not another's.
        new("partners/{partnerId}/directory/{listingId:int}/logo", "/partners/4100001/directory/1/logo", [SignIn, Ok, Ok, NotFound, Ok, Ok, Denied]),
        new("partners/{partnerId}/directory/{listingId:int}/logo", "/partners/4100002/directory/1/logo", [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Denied]),
        new("staff/directory", "/staff/directory", [SignIn, Denied, Denied, Denied, Denied, Ok, Denied]),
        new("staff/held-invoices", "/staff/held-invoices", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/held-invoices/{heldInvoiceId:int}/document", "/staff/held-invoices/1/document", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/payments", "/staff/payments", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/payments/{paymentId:int}/proof", "/staff/payments/999/proof", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/fact-imports", "/staff/fact-imports", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/fact-imports/{importId:int}", "/staff/fact-imports/999", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/fact-imports/mct-roster-sample.csv", "/staff/fact-imports/mct-roster-sample.csv", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/fact-imports/exam-results-sample.csv", "/staff/fact-imports/exam-results-sample.csv", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/imports", "/staff/imports", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/imports/{importId:int}", "/staff/imports/999", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/imports/{importId:int}/problems.csv", "/staff/imports/999/problems.csv", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/imports/sample.csv", "/staff/imports/sample.csv", [SignIn, Denied, Denied, Denied, Ok, Denied, Denied]),
        new("staff/imports/progress/{progressId:guid}", "/staff/imports/progress/8d2f6c1e-0000-4000-8000-000000000000", [SignIn, Denied, Denied, Denied, NotFound, Denied, Denied]),
        new("staff/reminders", "/staff/reminders", [SignIn, Denied, Denied, Denied, Ok, Ok, Denied]),
        new("staff/audit", "/staff/audit", [SignIn, Denied, Denied, Denied, Ok, Ok, Denied]),
        new("staff/audit/verify", "/staff/audit/verify", [SignIn, Denied, Denied, Denied, Ok, Ok, Denied]),
        new("staff/rule-sets", "/staff/rule-sets",                 [SignIn,  Denied,      Denied,       Denied,        Ok,     Ok, Denied]),
        new("staff/rule-sets/{programYear}/{version:int}", "/staff/rule-sets/FY2027/2", [SignIn, Denied, Denied, Denied, Ok, Ok, Denied]),
        new("staff/partners", "/staff/partners",                   [SignIn,  Denied,      Denied,       Denied,        Ok,     Ok, Denied]),
        new("staff/partner-users", "/staff/partner-users",         [SignIn,  Denied,      Denied,       Denied,        Ok,     Denied, Denied]),
        new("staff/sessions", "/staff/sessions",                   [SignIn,  Denied,      Denied,       Denied,        Ok,     Denied, Denied]), // issue 20
        new("resources/{kind}/edit", "/resources/EnrollmentGuide/edit", [SignIn, Denied,  Denied,       Denied,        Ok,     Ok, Denied]), // R-RES-1: staff edit the links
        new("error", "/error",                                     [ServerError, ServerError, ServerError, ServerError, ServerError, ServerError, ServerError]),
        new("error/{statusCode:int}", "/error/404",                [NotFound, NotFound,   NotFound,     NotFound,      NotFound, NotFound, NotFound]),
    ];

    public static IEnumerable<object?[]> Cases() =>
        Rows.SelectMany(row => PersonaColumns.Select((persona, i) => new object?[] { row.Url, persona, row.Expected[i] }));
}

/// <summary>A route's row: its pattern, a URL of it, the answer per persona, and (posts) the form fields sent besides the token.</summary>
public sealed record AccessRow(string RoutePattern, string Url, Expect[] Expected, string Form = "");
