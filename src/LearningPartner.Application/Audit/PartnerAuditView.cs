using System.Text.Json.Nodes;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Auditing;

namespace LearningPartner.Application.Audit;

/// <summary>
/// R-ORG-3: what a partner reads of the audit trail — its own organisation's entries, as its people already see those
/// changes on its pages, without support's internal work. Staff read the whole trail as it was recorded
/// (<see cref="AuditTrailService"/>); this is the one place that decides the partner's view, for the page and the CSV alike.
/// <list type="number">
/// <item>Only the entries recorded for the organisation (<see cref="AuditEntry.PartnerOrganisationId"/>), never chosen by what
/// their values mention: another organisation's entry naming this partner's id stays out (R-ROLE-4). Entries of no
/// organisation (an import of many partners' lines, a user's sessions ended by staff, the program's resource links) are
/// the program's.</item>
/// <item>Only the actions decided as the partner's (<see cref="ForThePartner"/>); staff-internal ones (<see cref="StaffInternal"/>:
/// support's own workflow and tools) are left out. Every <see cref="AuditAction"/> is in one of the two sets (a unit test
/// holds it), and a stored name in neither is left out: a partner never reads an entry nobody decided on.</item>
/// <item>Staff-internal values are left out of before → after (<see cref="StaffInternalValues"/>): which staff member holds a
/// discrepancy case.</item>
/// <item>People by name (<see cref="Who"/>), as every partner page names them: the directory object id in the actor stays in
/// the staff trail.</item>
/// </list>
/// Every reason of a listed action is words the partner already reads — a rejection's or refusal's reason, a question and
/// its answer, a case's resolution, the system's explanation of an expiry, a cancellation or a step-down — so it is shown.
/// </summary>
public static class PartnerAuditView
{
    /// <summary>The actions a partner reads: what was done to its orders, options, trainers, KPIs, cases, listing and people.</summary>
    public static readonly IReadOnlySet<AuditAction> ForThePartner = new HashSet<AuditAction>
    {
        AuditAction.OrderPlaced, AuditAction.OrderExpired, AuditAction.OrderCancelled, AuditAction.RenewalOrdered,
        AuditAction.PaymentProofUploaded, AuditAction.PaymentConfirmed, AuditAction.PaymentRejected,
        AuditAction.EnrollmentActivated, AuditAction.EnrollmentReplaced, AuditAction.EnrollmentRenewed, AuditAction.EnrollmentSteppedDown,
        AuditAction.MarketplaceProfileRequested, AuditAction.MarketplaceProfileCompleted, AuditAction.OrderRecreated, AuditAction.PaymentProofMoved,
        AuditAction.TrainerAdded, AuditAction.TrainerChanged, AuditAction.TrainerRetired, AuditAction.ExamPassAdded, AuditAction.ExamPassRemoved,
        AuditAction.HeldInvoiceSubmitted, AuditAction.HeldInvoiceVerified, AuditAction.HeldInvoiceRefused,
        AuditAction.KpiRecordAdded, AuditAction.KpiRecordSuperseded,
        AuditAction.DiscrepancyCaseSubmitted, AuditAction.DiscrepancyCaseQuestionAsked, AuditAction.DiscrepancyCaseAnswered,
        AuditAction.DiscrepancyCaseRejected, AuditAction.DiscrepancyCaseCorrected,
        AuditAction.DirectoryListingRequested, AuditAction.DirectoryListingApproved, AuditAction.DirectoryListingRejected,
        AuditAction.PartnerUserLinked, AuditAction.PartnerUserUnlinked, AuditAction.PartnerUserRoleChanged, AuditAction.PartnerUserDeactivated,
        AuditAction.PartnerUserReactivated,
        AuditAction.TrainerVerified, AuditAction.TrainerRejected, AuditAction.ExamPassVerified, AuditAction.ExamPassRejected,
        AuditAction.InvitationSent, AuditAction.InvitationResent, AuditAction.InvitationRevoked, AuditAction.InvitationAccepted,
        AuditAction.PartnerRegistered, AuditAction.AgreementAccepted, AuditAction.PartnerVerified, AuditAction.PartnerRejected,
    };

    /// <summary>Actions of support's own work, never shown to a partner.</summary>
    public static readonly IReadOnlySet<AuditAction> StaffInternal = new HashSet<AuditAction>
    {
        // Which staff member takes (or takes over) a case: support's assignment of work. The partner's case page says
        // only that support is tracing it, and the next question or resolution shows in the log.
        AuditAction.DiscrepancyCaseTaken,
        // Staff's tools, recorded for no organisation; named here too, so a future entry of them is still left out.
        AuditAction.InvoiceImportPreviewed,
        AuditAction.InvoiceImportCommitted,
        AuditAction.FactImportPreviewed,
        AuditAction.FactImportCommitted,
        AuditAction.UserSessionsEnded,
        AuditAction.ResourceLinkChanged,
    };

    /// <summary>Values of before → after that are support's internal work: the staff member a case is assigned to.</summary>
    public static readonly IReadOnlySet<string> StaffInternalValues = new HashSet<string>(StringComparer.Ordinal) { "AssignedTo" };

    /// <summary>The names the trail stores for <see cref="ForThePartner"/>.</summary>
    private static readonly IReadOnlyList<string> PartnerActionNames = [.. ForThePartner.Select(a => a.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>The organisation's entries a partner reads (rules 1 and 2), as a query the database runs.</summary>
    public static IQueryable<AuditEntry> Of(IQueryable<AuditEntry> entries, int organisationId) =>
        entries.Where(a => a.PartnerOrganisationId == organisationId && PartnerActionNames.Contains(a.Action));

    /// <summary>The person of an actor recorded as "object id (display name)": the name; "system" stays "system".</summary>
    public static string Who(string actor)
    {
        var open = actor.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && actor.EndsWith(')') ? actor[(open + 2)..^1] : actor;
    }

    /// <summary>Before or after values (JSON) without the staff-internal ones (rule 3); unchanged when there are none.</summary>
    public static string? Values(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return json;
        }

        JsonObject? values;
        try
        {
            values = JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }

        if (values is null || !StaffInternalValues.Any(values.ContainsKey))
        {
            return json;
        }

        foreach (var name in StaffInternalValues)
        {
            values.Remove(name);
        }

        return values.ToJsonString();
    }
}
