using LearningPartner.Application.Audit;
using LearningPartner.Application.CaseReview;
using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Application.DirectoryReview;
using LearningPartner.Application.DiscrepancyCases;
using LearningPartner.Application.Enrollments;
using LearningPartner.Application.ExamPasses;
using LearningPartner.Application.HeldInvoiceReview;
using LearningPartner.Application.HeldInvoices;
using LearningPartner.Application.Imports;
using LearningPartner.Application.Invitations;
using LearningPartner.Application.Kpis;
using LearningPartner.Application.Listings;
using LearningPartner.Application.Orders;
using LearningPartner.Application.Partners;
using LearningPartner.Application.PartnerUsers;
using LearningPartner.Application.Payments;
using LearningPartner.Application.People;
using LearningPartner.Application.Registration;
using LearningPartner.Application.RegistrationReview;
using LearningPartner.Application.Reminders;
using LearningPartner.Application.Renewal;
using LearningPartner.Application.Requirements;
using LearningPartner.Application.Resources;
using LearningPartner.Application.RuleSets;
using LearningPartner.Application.Sessions;
using LearningPartner.Application.StaffPartners;
using LearningPartner.Application.Standing;
using LearningPartner.Application.Trainers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.Application;

/// <summary>Registers the use cases; each is scoped, like the DbContext it reads and writes through.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Common: the request's partner, kept pages, the audit log.
        services.AddScoped<IPartnerUserLookup, PartnerUserLookup>();
        services.AddScoped<PartnerContexts>();
        services.AddSingleton<PartnerPageCache>();
        services.AddScoped<PartnerPages>();
        services.AddScoped<AuditLog>();

        // R-ORG-1: sign-up and staff's verification.
        services.AddScoped<RegistrationService>();
        services.AddScoped<RegistrationReviewService>();
        services.AddMemoryCache();
        services.AddScoped<SignInSessionService>();

        // A partner's standing and its pages
        services.AddScoped<PartnerStandingService>();
        services.AddScoped<PartnerOverviewService>();
        services.AddScoped<RequirementsService>();
        services.AddScoped<KpiDashboardService>();
        services.AddScoped<ReminderQueries>();
        // R-RNW-2: the reminder service's renewal reminders, as partner notices.
        services.AddScoped<RenewalReminders>();
        services.AddScoped<Infrastructure.Reminders.IScheduledReminders>(sp => sp.GetRequiredService<RenewalReminders>());
        // R-MCT-2: the reminder service's second kind, beside the renewal reminders.
        services.AddScoped<TrainerLapseReminders>();
        services.AddScoped<Infrastructure.Reminders.IScheduledReminders>(sp => sp.GetRequiredService<TrainerLapseReminders>());

        // Enrollment, orders, payments, renewal
        services.AddScoped<EnrollmentService>();
        services.AddScoped<OrderService>();
        services.AddScoped<PaymentReviewService>();
        services.AddScoped<RenewalService>();
        // R-FEE-3: the wire instructions per currency; Bind on the dictionary keeps the currency codes as its keys.
        services.AddOptions<WireInstructionsOptions>()
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection(WireInstructionsOptions.SectionName).Bind(o.Currencies));
        services.AddSingleton<WireTransfers>();
        services.AddScoped<OrderDocumentService>();
        // Issue 23: the order's notices, and the reminder service's expiring / expired notices (R-FEE-2).
        services.AddScoped<OrderNotices>();
        services.AddScoped<LanguagePreferences>();
        services.AddOptions<OrderNoticeOptions>()
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection(OrderNoticeOptions.SectionName).Bind(o))
            .Validate(o => o.IsValid, "Orders:ExpiryWarningDays must be from 1 to 60 (R-FEE-2, docs/configuration.md)")
            .ValidateOnStart();
        services.AddScoped<OrderExpiryReminders>();
        services.AddScoped<Infrastructure.Reminders.IScheduledReminders>(sp => sp.GetRequiredService<OrderExpiryReminders>());

        // Trainers and exams
        services.AddScoped<TrainerService>();
        services.AddScoped<ExamPassService>();

        // KPI records: imports, held invoices, discrepancy cases
        services.AddScoped<InvoiceImportService>();
        services.AddScoped<FactImports.FactImportService>();
        services.AddSingleton<ImportProgressBoard>();
        services.AddScoped<HeldInvoiceService>();
        services.AddScoped<HeldInvoiceReviewService>();
        services.AddScoped<ClaimReview.ClaimReviewService>();
        services.AddScoped<DiscrepancyCaseService>();
        services.AddScoped<CaseReviewService>();
        services.AddScoped<CaseResolutionService>();
        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.SectionName);

        // People (R-ORG-2)
        services.AddScoped<InvitationService>();
        services.AddScoped<InvitationAcceptanceService>();
        services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.SectionName);

        // Directory
        services.AddScoped<HeldOptions>();
        services.AddSingleton<DirectorySnapshots>();
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName);
        services.AddScoped<ListingRequestService>();
        services.AddScoped<DirectoryLogos>();
        services.AddScoped<DirectoryReviewService>();

        // Staff pages
        services.AddScoped<PartnerListService>();
        services.AddScoped<PartnerUserService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<ResourceLinkService>();
        services.AddScoped<RuleSetService>();
        services.AddScoped<AuditTrailService>();

        // A partner's own audit entries (R-ORG-3)
        services.AddScoped<PartnerActivityService>();
        return services;
    }
}
