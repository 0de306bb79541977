namespace LearningPartner.Web.Features.Registration;

/// <summary>The registration form: what was typed, and the agreement version the person accepts.</summary>
public sealed record RegistrationViewModel(RegistrationInput Input, string AgreementVersion);
