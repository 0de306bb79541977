using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Partners;
using LearningPartner.Web.Features.PartnerUsers;
using LearningPartner.Web.Features.Requirements;
using LearningPartner.Web.Features.Resources;
using LearningPartner.Web.Features.StaffPartners;
using LearningPartner.Web.Features.Trainers;

namespace LearningPartner.Web.Features;

internal static class FeatureServices
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<PartnerOverviewService>();
        services.AddScoped<PartnerListService>();
        services.AddScoped<PartnerUserService>();
        services.AddScoped<ResourceLinkService>();
        services.AddScoped<EligibilityService>();
        services.AddScoped<PartnerStandingService>();
        services.AddScoped<PartnerLookup>();
        services.AddScoped<TrainerService>();
        services.AddScoped<ExamPassService>();
        services.AddScoped<Enrollment.EnrollmentService>();
        services.AddScoped<Orders.OrderService>();
        services.AddScoped<Payments.PaymentReviewService>();
        services.AddScoped<Renewal.RenewalService>();
        services.AddScoped<Reminders.ReminderQueries>();
        services.AddScoped<Imports.InvoiceImportService>();
        services.AddScoped<HeldInvoices.HeldInvoiceService>();
        services.AddScoped<Kpis.KpiDashboardService>();
        services.AddSingleton<Common.PartnerPageCache>();
        services.AddScoped<Common.PartnerPages>();
        services.AddScoped<Discrepancies.DiscrepancyCaseService>();
        services.AddScoped<Discrepancies.CaseReviewService>();
        services.AddScoped<Discrepancies.CaseResolutionService>();
        services.AddOptions<Discrepancies.CaseOptions>().BindConfiguration(Discrepancies.CaseOptions.SectionName);
        services.AddScoped<PartnerDirectory.HeldOptions>();
        services.AddScoped<PartnerDirectory.ListingRequestService>();
        services.AddScoped<PartnerDirectory.DirectoryReviewService>();
        services.AddSingleton<PartnerDirectory.DirectorySnapshots>();
        services.AddOptions<PartnerDirectory.DirectoryOptions>().BindConfiguration(PartnerDirectory.DirectoryOptions.SectionName);
        services.AddMemoryCache();
        services.AddSingleton<Imports.ImportProgressBoard>();
        return services;
    }
}
