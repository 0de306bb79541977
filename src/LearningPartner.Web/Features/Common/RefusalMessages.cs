using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Web.Views.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// The words of every <see cref="RefusalCode"/>, in the reader's language: the application layer refuses with a code and
/// values, the web layer says it. The switch names every code (CS8509 is an error), so a new code cannot ship without words.
/// </summary>
public static class RefusalMessages
{
#pragma warning disable CS8524 // Only named codes are refused; an unnamed value is a programming error the switch need not word.
    public static string For(Refusal refusal, IStringLocalizer localizer)
    {
        var values = refusal.Values;
        return refusal.Code switch
        {
            RefusalCode.RuleSetMissing => RequirementText.MissingRuleSet(localizer, (DateOnly)values[0]),
            RefusalCode.ProofMissing => localizer["Choose the file with your proof of payment."],
            RefusalCode.InvoiceDocumentMissing => localizer["Attach the invoice document (PDF, PNG or JPEG)."],
            RefusalCode.DocumentTooLarge => localizer["The file is larger than 5 MB: choose a file of at most 5 MB."],
            RefusalCode.DocumentNotPdfPngJpeg => localizer["Upload a PDF, PNG or JPEG file."],
            RefusalCode.DocumentNotPdf => localizer["Upload the transcript as a PDF file (.pdf): other file types, screenshots included, are not accepted."],
            RefusalCode.DocumentNameMismatch => localizer["The file's name does not match its content: upload a PDF as .pdf, a PNG as .png, a JPEG as .jpg."],
            RefusalCode.PartnerPendingVerification => localizer["Your organisation is pending verification by the program's support staff. You can prepare trainers and your listing, but you can order only once it is verified."],
            RefusalCode.PartnerRegistrationRejected => localizer["Your organisation's registration was rejected, so it cannot order. Reason: {0}", values[0]],
            RefusalCode.AgreementNotAccepted => localizer["A partner admin must accept version {0} of the program agreement before your organisation can order.", values[0]],
            RefusalCode.AlreadyMember => localizer["Your account already belongs to an organisation, so it cannot register another one."],
            RefusalCode.RegistrationDecidedMeanwhile => localizer["Someone else decided this registration while you were looking at it. The queue now shows the current state."],
            RefusalCode.WireInstructionsMissing => localizer["Orders in {0} cannot be placed at the moment: the program has no bank details for transfers in {0} yet. Please contact the program's support staff.", values[0]],
            RefusalCode.OrderAlreadyOpen => localizer["An order for this option is already waiting for payment."],
            RefusalCode.RenewalAlreadyOpen => localizer["A renewal order for this option is already waiting for payment."],
            RefusalCode.OptionRequirementsNotMet => localizer["The requirements of this option are not met yet, so it cannot be ordered."],
            RefusalCode.PerformanceNotConfirmed => localizer["Confirm your performance submission to order the silver learning option."],
            RefusalCode.PaymentAlreadyDecided => localizer["This payment has already been decided."],
            RefusalCode.PaymentDecidedMeanwhile => localizer["Someone else decided this while you were looking at it. The queue now shows the current state."],
            RefusalCode.OrderNotPending => localizer["This order is no longer waiting for payment."],
            RefusalCode.OrderProofAwaitingDecision => localizer["Your proof of payment is with support: the order can be cancelled only if they reject it."],
            RefusalCode.PaymentShortNeedsOverride => localizer["{0} received is short of the order's {1}. Tick the override and give a reason to accept it, or reject the proof.",
                Display.Money((Money)values[0]), Display.Money((Money)values[1])],
            RefusalCode.PaymentCurrencyNeedsOverride => localizer["{0} received is not in the order's currency ({1}). Tick the override and give a reason to accept it, or reject the proof.",
                Display.Money((Money)values[0]), Display.Money((Money)values[1])],
            RefusalCode.OrderNotRecreatable => localizer["Only an expired order whose proof of payment was still awaiting confirmation can be re-created; a renewal cannot (the option lapsed)."],
            RefusalCode.OrderExpiredUnpaid => localizer["This order expired on {0} and can no longer be paid.", Display.Date((DateOnly)values[0])],
            RefusalCode.OptionEnded => localizer["The option this order is for has ended (replaced or stepped down); cancel the payment with the partner."],
            RefusalCode.OptionAlreadyHeld => localizer["The partner already holds this option, or gold in its competency; this payment cannot activate it."],
            RefusalCode.MarketplaceProfileAlreadySetUp => localizer["The marketplace profile was already set up."],
            RefusalCode.MctIdAlreadyListed => localizer["This MCT id is already on your list."],
            RefusalCode.TrainerChangedMeanwhile => localizer["Someone else changed this trainer while you were editing. Reload the page to see their change, then edit again."],
            RefusalCode.LineAlreadyRecorded => localizer["Invoice {0} line {1} is already recorded and counts; there is nothing to submit.", values[0], values[1]],
            RefusalCode.LineRecordedWithOtherValues => localizer["Invoice {0} line {1} is already recorded with other values ({2}). If the recorded line is wrong, open a KPI discrepancy case.",
                values[0], values[1], values[2]],
            RefusalCode.LineAwaitingVerification => localizer["Invoice {0} line {1} is already waiting for verification.", values[0], values[1]],
            RefusalCode.LineRecordedRefuseInstead => localizer["Invoice {0} line {1} is already recorded ({2}); refuse this submission with a reason instead.",
                values[0], values[1], values[2]],
            RefusalCode.ClaimReviewedMeanwhile => localizer["This claim was decided or changed meanwhile; the queue now shows where it is."],
            RefusalCode.HeldInvoiceReviewedMeanwhile => localizer["This invoice was reviewed or changed meanwhile; the page now shows where it is."],
            RefusalCode.LineNotValued => localizer["No program-year rule set values this line; refuse it with a reason instead."],
            RefusalCode.LineRecordedByAnotherSource => localizer["This line was recorded by another source meanwhile; nothing was changed. Reload to see it."],
            // The CSV reader explains in English which line it could not read, as it does for each rejected row.
            RefusalCode.ImportFileRefused => (string)values[0],
            RefusalCode.ImportFileMissing => localizer["Choose the CSV file exported from the Courseware Marketplace."],
            RefusalCode.ImportFileTooLarge => localizer["The file is larger than 10 MB: choose a file of at most 10 MB."],
            RefusalCode.ImportAlreadyCommitted => localizer["This import was already committed."],
            RefusalCode.FactImportFileMissing => localizer["Choose the CSV file of the MCT roster or the exam results."],
            RefusalCode.FactsChangedMeanwhile => localizer["Trainers or exam passes of these partners changed since this preview. Nothing was written; upload the file again for a new preview."],
            RefusalCode.ImportLinesRecordedMeanwhile => localizer["Some of these lines were recorded by another import since this preview. Nothing was written; upload the file again for a new preview."],
            RefusalCode.CaseChangedMeanwhile => localizer["This case was changed by someone else meanwhile; nothing was applied. The page now shows where it is."],
            RefusalCode.CaseChangedBeforeAnswer => localizer["This case changed meanwhile; the page now shows where it is."],
            RefusalCode.CaseAlreadyWaitingForPartner => localizer["The case already waits for the partner's answer."],
            RefusalCode.KpiRecordNotCurrent => localizer["That KPI record is no longer current or is not this partner's; nothing was applied. The case page shows the current records."],
            RefusalCode.CorrectionChangesNothing => localizer["These are the recorded values: change at least one, or reject the case instead."],
            RefusalCode.CorrectionLineAlreadyRecorded => localizer["Invoice {0} line {1} is already recorded: correct that record instead.", values[0], values[1]],
            RefusalCode.ListingNeedsHeldOption => localizer["Only a partner with an active learning option (Learning Action Pack, silver or gold) can be listed."],
            RefusalCode.ListingAlreadyAwaitingReview => localizer["A listing request of your organisation already awaits review; you can send another once it is reviewed."],
            RefusalCode.ListingChecksIncomplete => localizer["Confirm all three conditions of the landing page before approving (R-DIR-3)."],
            RefusalCode.ListingPartnerHoldsNoOption => localizer["The partner holds no active learning option today, so it cannot be listed (R-DIR-5); reject the request with a reason instead."],
            RefusalCode.ListingReviewedMeanwhile => localizer["This request was reviewed or changed meanwhile; the page now shows where it is."],
            RefusalCode.LogoTooLarge => localizer["The logo is larger than {0} KB: choose an image of at most {0} KB.", refusal.Values[0]],
            RefusalCode.LogoNotPngJpegWebp => localizer["Upload the logo as a PNG, JPEG or WebP image (.png, .jpg, .webp); SVG is not accepted."],
            RefusalCode.NoSuchPartner => localizer["There is no partner organisation with this partner id."],
            RefusalCode.UserAlreadyLinked => localizer["This user is already linked to an organisation."],
            RefusalCode.LastPartnerAdmin => localizer["This is the organisation's last active partner admin: make someone else a partner admin first."],
            RefusalCode.ResourceLinkChangedMeanwhile => localizer["Someone else changed this link while you were editing it. Reload the page to see their change, then edit again."],
            RefusalCode.RenewalLapsed => localizer["The option lapsed at the end of its grace period; you can only enroll anew."],
            RefusalCode.RenewalNotOpenYet => localizer["Renewal opens on the anniversary date, {0}.", Display.Date((DateOnly)values[0])],
            RefusalCode.RenewalNoLevelMet => localizer["On the anniversary date no level of this option is met, so it cannot be renewed."],
            RefusalCode.RenewalLowerLevelHeld => localizer["On the anniversary date only {0} is met, and you hold it already: this option cannot be renewed.",
                RequirementText.Level(localizer, (Domain.Programs.LearningLevel)values[0])],
            RefusalCode.InvitationAlreadyOpen => localizer["An open invitation to this address exists already: resend or revoke it."],
            RefusalCode.InvitationEmailIsMember => localizer["Someone with this email address is a member of your organisation already."],
            RefusalCode.InvitationNotPending => localizer["This invitation was accepted or revoked meanwhile; nothing was changed."],
            RefusalCode.InvitationRevoked => localizer["This invitation was revoked by the organisation's partner admins."],
            RefusalCode.InvitationAlreadyUsed => localizer["This invitation was used already: each invitation link works once."],
            RefusalCode.InvitationExpired => localizer["This invitation expired on {0}. Ask the organisation's partner admins to resend it.",
                Display.Date((DateTimeOffset)values[0])],
            RefusalCode.InvitationForAnotherEmail => string.IsNullOrEmpty((string)values[0])
                ? localizer["This invitation is for another email address, and your account has none the portal can check. Sign in with the account of the invited address."]
                : localizer["This invitation is for another email address than yours ({0}). Sign in with the account of the invited address.", values[0]],
            RefusalCode.InvitationAlreadyMember => localizer["You are a member of this organisation already."],
            RefusalCode.ProofNotExpected => localizer["This order does not take a proof of payment now: it is paid, expired, cancelled, or a proof is already awaiting review."],
        };
    }
#pragma warning restore CS8524

    /// <summary>
    /// Puts the refusal's message beside its field (<paramref name="prefix"/>.Field, the input's name in the form), or in the
    /// form's summary when it names none.
    /// </summary>
    public static void AddRefusal(this ModelStateDictionary modelState, Refusal refusal, IStringLocalizer localizer, string? prefix = null) =>
        modelState.AddModelError(
            refusal.Field is null ? string.Empty : string.IsNullOrEmpty(prefix) ? refusal.Field : $"{prefix}.{refusal.Field}",
            For(refusal, localizer));
}
