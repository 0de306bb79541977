using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Email;

/// <summary>Sends mail through the configured SMTP server, or writes it as an .eml file into the pickup folder.</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, IHostEnvironment environment)
{
    public string PickupDirectory { get; } =
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    /// <summary>Sends one multipart/alternative mail: the text part first, the HTML part last (the one mail readers prefer).</summary>
    public async Task SendAsync(IReadOnlyCollection<string> to, MailContent content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(settings.From),
            Subject = content.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(content.Text, Encoding.UTF8, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(content.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        foreach (var address in to)
        {
            message.To.Add(address);
        }

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = PickupDirectory;
        }
        else
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.SmtpEnableSsl;
            if (settings.SmtpUser is not null)
            {
                client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
