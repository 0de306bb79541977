namespace LearningPartner.Infrastructure.Email;

/// <summary>Section "Email": an SMTP server, or (Development default) a folder of .eml files.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "learning-partner-portal@localhost";

    /// <summary>When set, mail goes to this SMTP host; otherwise it is written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Relative paths are taken from the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/outbox";
}
