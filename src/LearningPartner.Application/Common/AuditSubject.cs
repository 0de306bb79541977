using System.Globalization;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.FactImports;
using LearningPartner.Domain.Invitations;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Resources;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Application.Common;

/// <summary>
/// The row an audit entry is about: its type, its key and the organisation it belongs to (the audit page of a partner
/// lists the entries of its organisation). One factory per audited entity, so no use case spells a type name or an id.
/// </summary>
public readonly record struct AuditSubject(string Type, string Id, int? OrganisationId)
{
    public static AuditSubject Of(Order order) => new(nameof(Order), Key(order.Id), order.PartnerOrganisationId);

    public static AuditSubject Of(Payment payment, Order order) => new(nameof(Payment), Key(payment.Id), order.PartnerOrganisationId);

    public static AuditSubject Of(Enrollment enrollment) => new(nameof(Enrollment), Key(enrollment.Id), enrollment.PartnerOrganisationId);

    public static AuditSubject Of(Trainer trainer) => new(nameof(Trainer), Key(trainer.Id), trainer.PartnerOrganisationId);

    public static AuditSubject Of(ExamPass pass) => new(nameof(ExamPass), Key(pass.Id), pass.PartnerOrganisationId);

    /// <summary>An import holds lines of many partners: it belongs to none.</summary>
    public static AuditSubject Of(InvoiceImport import) => new(nameof(InvoiceImport), Key(import.Id), null);

    /// <summary>A roster or exam results file names facts of many partners: it belongs to none.</summary>
    public static AuditSubject Of(FactImport import) => new(nameof(FactImport), Key(import.Id), null);

    public static AuditSubject Of(HeldInvoice held) => new(nameof(HeldInvoice), Key(held.Id), held.PartnerOrganisationId);

    /// <summary>A KPI record names its partner by the program's partner id; the caller knows the organisation's key.</summary>
    public static AuditSubject Of(InvoiceLine line, int organisationId) =>
        new(nameof(InvoiceLine), line.Id.ToString(CultureInfo.InvariantCulture), organisationId);

    public static AuditSubject Of(DiscrepancyCase discrepancy) =>
        new(nameof(DiscrepancyCase), Key(discrepancy.Id), discrepancy.PartnerOrganisationId);

    public static AuditSubject Of(DirectoryListing listing) => new(nameof(DirectoryListing), Key(listing.Id), listing.PartnerOrganisationId);

    public static AuditSubject Of(PartnerOrganisation organisation) => new(nameof(PartnerOrganisation), organisation.PartnerId, organisation.Id);

    public static AuditSubject Of(AgreementAcceptance acceptance) =>
        new(nameof(AgreementAcceptance), Key(acceptance.Id), acceptance.PartnerOrganisationId);

    public static AuditSubject Of(PartnerUser user) => new(nameof(PartnerUser), Key(user.Id), user.PartnerOrganisationId);

    public static AuditSubject Of(Invitation invitation) => new(nameof(Invitation), Key(invitation.Id), invitation.PartnerOrganisationId);

    /// <summary>A signed-in user (their sessions), by Entra object id: a staff user belongs to no organisation.</summary>
    public static AuditSubject OfUser(string objectId) => new("User", objectId.Trim().ToLowerInvariant(), null);

    /// <summary>Resource links are the program's, not a partner's; one per kind (R-RES-1).</summary>
    public static AuditSubject Of(ResourceLink link) => new(nameof(ResourceLink), link.Kind.ToString(), null);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
