using LearningPartner.Application.Registration;

namespace LearningPartner.Web.Features.Registration;

/// <summary>R-ORG-1: a training company's registration as typed by the person signing it up.</summary>
public sealed class RegistrationInput
{
    public string? LegalName { get; set; }

    public string? CountryCode { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public string? TaxId { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public bool AcceptAgreement { get; set; }

    /// <summary>The validated input as the use case takes it.</summary>
    public RegisterCompany ToCommand() =>
        new(LegalName!.Trim(), CountryCode!.Trim(), Address!.Trim(), Website!.Trim(), TaxId!.Trim(), ContactName!.Trim(), ContactEmail!.Trim());
}
