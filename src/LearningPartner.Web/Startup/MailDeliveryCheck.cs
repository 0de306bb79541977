using LearningPartner.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Outside Development, mail without an SMTP host is written as .eml files to a folder nobody may read: renewal
/// reminders and partner notices would look sent and never arrive. Said once at start, as a warning (a pickup folder
/// served by a mail relay is a valid set-up, so the start goes on).
/// </summary>
internal static class MailDeliveryCheck
{
    public static void WarnWhenMailIsNotSent(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost))
        {
            return;
        }

        app.Logger.LogWarning(
            "Email:SmtpHost is not set: renewal reminders and partner notices are written as .eml files to {PickupDirectory}, not sent. Set Email:SmtpHost (docs/configuration.md)",
            app.Services.GetRequiredService<EmailSender>().PickupDirectory);
    }
}
