namespace LearningPartner.Infrastructure.Time;

/// <summary>Settings of the program itself (section "Program").</summary>
public sealed class ProgramOptions
{
    public const string SectionName = "Program";

    /// <summary>R-DATE-1: the program's time zone (IANA or Windows id); "today" is taken in it.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>R-ORG-1: the program agreement's current version; partner admins accept it again when it is newer.</summary>
    public string AgreementVersion { get; set; } = "2026-1";
}
