using LearningPartner.Application.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Invitations;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Activity;

/// <summary>
/// The words of the activity log (R-ORG-3) in the user's language: what each action a partner reads did, and the types of rows
/// it changes. The trail stores stable names (<see cref="AuditAction"/>); a name not known here is shown as stored.
/// </summary>
public static partial class ActivityText
{
    /// <summary>
    /// Issue 24: a stored reason as a partner reads it. Use cases cite the rule in the audit trail ("… confirmed by the partner
    /// (R-SLV-1)"); the trail keeps it for staff, the partner's activity log shows the words without the portal's rule id.
    /// </summary>
    public static string? Reason(string? reason) => reason is null ? null : RuleIdCitation().Replace(reason, string.Empty);

    public static string Action(IStringLocalizer localizer, string action) => Enum.TryParse<AuditAction>(action, out var known)
        ? known switch
        {
            AuditAction.OrderPlaced => localizer["Order placed"],
            AuditAction.OrderExpired => localizer["Order expired unpaid"],
            AuditAction.OrderCancelled => localizer["Order cancelled"],
            AuditAction.RenewalOrdered => localizer["Renewal ordered"],
            AuditAction.OrderRecreated => localizer["Expired order re-created"],
            AuditAction.PaymentProofMoved => localizer["Proof of payment moved to the re-created order"],
            AuditAction.PaymentProofUploaded => localizer["Proof of payment uploaded"],
            AuditAction.PaymentConfirmed => localizer["Payment confirmed"],
            AuditAction.PaymentRejected => localizer["Proof of payment rejected"],
            AuditAction.EnrollmentActivated => localizer["Option activated"],
            AuditAction.EnrollmentReplaced => localizer["Option replaced by its upgrade"],
            AuditAction.EnrollmentRenewed => localizer["Option renewed"],
            AuditAction.EnrollmentSteppedDown => localizer["Option stepped down"],
            AuditAction.MarketplaceProfileRequested => localizer["Marketplace profile requested"],
            AuditAction.MarketplaceProfileCompleted => localizer["Marketplace profile set up"],
            AuditAction.TrainerAdded => localizer["Trainer added"],
            AuditAction.TrainerChanged => localizer["Trainer changed"],
            AuditAction.TrainerRetired => localizer["Trainer retired"],
            AuditAction.ExamPassAdded => localizer["Exam pass added"],
            AuditAction.ExamPassRemoved => localizer["Exam pass removed"],
            AuditAction.HeldInvoiceSubmitted => localizer["Held invoice submitted"],
            AuditAction.HeldInvoiceVerified => localizer["Held invoice verified"],
            AuditAction.HeldInvoiceRefused => localizer["Held invoice refused"],
            AuditAction.KpiRecordAdded => localizer["KPI record added"],
            AuditAction.KpiRecordSuperseded => localizer["KPI record corrected"],
            AuditAction.DiscrepancyCaseSubmitted => localizer["Discrepancy case submitted"],
            AuditAction.DiscrepancyCaseQuestionAsked => localizer["Support staff asked for more information"],
            AuditAction.DiscrepancyCaseAnswered => localizer["Support staff's question answered"],
            AuditAction.DiscrepancyCaseRejected => localizer["Discrepancy case rejected"],
            AuditAction.DiscrepancyCaseCorrected => localizer["Discrepancy case resolved with a correction"],
            AuditAction.DirectoryListingRequested => localizer["Directory listing requested"],
            AuditAction.DirectoryListingApproved => localizer["Directory listing approved"],
            AuditAction.DirectoryListingRejected => localizer["Directory listing rejected"],
            AuditAction.PartnerUserLinked => localizer["Portal user added"],
            AuditAction.PartnerUserUnlinked => localizer["Portal user removed"],
            AuditAction.PartnerUserRoleChanged => localizer["Portal user's role changed"],
            AuditAction.PartnerUserDeactivated => localizer["Portal user deactivated"],
            AuditAction.PartnerUserReactivated => localizer["Portal user reactivated"],
            AuditAction.TrainerVerified => localizer["Trainer claim verified"],
            AuditAction.TrainerRejected => localizer["Trainer claim rejected"],
            AuditAction.ExamPassVerified => localizer["Exam pass claim verified"],
            AuditAction.ExamPassRejected => localizer["Exam pass claim rejected"],
            AuditAction.InvitationSent => localizer["Invitation sent"],
            AuditAction.InvitationResent => localizer["Invitation resent"],
            AuditAction.InvitationRevoked => localizer["Invitation revoked"],
            AuditAction.InvitationAccepted => localizer["Invitation accepted"],
            AuditAction.PartnerRegistered => localizer["Organisation registered"],
            AuditAction.AgreementAccepted => localizer["Program agreement accepted"],
            AuditAction.PartnerVerified => localizer["Registration verified"],
            AuditAction.PartnerRejected => localizer["Registration rejected"],
            // Staff-internal: never on a partner's log (PartnerAuditView), named as stored should one ever be.
            _ => action,
        }
        : action;

    /// <summary>The type of row an entry changed (<see cref="AuditSubject"/>), as the filter's groups name it.</summary>
    public static string Subject(IStringLocalizer localizer, string entityType) => entityType switch
    {
        nameof(Order) => localizer["Orders"],
        nameof(Payment) => localizer["Payments"],
        nameof(Enrollment) => localizer["Learning options"],
        nameof(Trainer) => localizer["Trainers"],
        nameof(ExamPass) => localizer["Exam passes"],
        nameof(HeldInvoice) => localizer["Held invoices"],
        nameof(InvoiceLine) => localizer["KPI records"],
        nameof(DiscrepancyCase) => localizer["KPI discrepancy cases"],
        nameof(DirectoryListing) => localizer["Directory listing"],
        nameof(PartnerUser) => localizer["Portal users"],
        nameof(Invitation) => localizer["Invitations"],
        nameof(PartnerOrganisation) => localizer["Registration"],
        nameof(AgreementAcceptance) => localizer["Program agreement"],
        _ => entityType,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\(R-[A-Z]+-\d+(?:,\s*R-[A-Z]+-\d+)*\)")]
    private static partial System.Text.RegularExpressions.Regex RuleIdCitation();
}
