using FluentValidation;
using LearningPartner.Domain.Partners;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Registration;

/// <summary>R-ORG-1: each registration field with its message beside it.</summary>
public sealed class RegistrationInputValidator : AbstractValidator<RegistrationInput>
{
    public RegistrationInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.LegalName).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter your company's legal name."])
            .Must(v => v!.Trim().Length <= 200).WithMessage(_ => localizer["Use at most {0} characters.", 200]);
        RuleFor(x => x.CountryCode).MustBePlainText(localizer)
            .Must(CountryCodes.IsAssigned).WithMessage(_ => localizer["Choose a country or region from the list."]);
        RuleFor(x => x.Address).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter your company's address."])
            .Must(v => v!.Trim().Length <= 500).WithMessage(_ => localizer["Use at most {0} characters.", 500]);
        RuleFor(x => x.Website).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter your company's website."])
            .Must(v => v!.Trim().Length <= 300).WithMessage(_ => localizer["Use at most {0} characters.", 300])
            .Must(Websites.IsHttpsUrl).WithMessage(_ => localizer["Enter the full https:// address of your website, for example https://www.contoso.com."]);
        RuleFor(x => x.TaxId).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter your company's tax or VAT id."])
            .Matches("^[A-Za-z0-9 .\\-/]{2,50}$").WithMessage(_ => localizer["A tax id has 2 to 50 letters, digits, spaces, dots, dashes or slashes."]);
        RuleFor(x => x.ContactName).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the primary contact's name."])
            .Must(v => v!.Trim().Length <= 200).WithMessage(_ => localizer["Use at most {0} characters.", 200]);
        RuleFor(x => x.ContactEmail).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the primary contact's email address."])
            .Must(v => v!.Trim().Length <= 254).WithMessage(_ => localizer["Use at most {0} characters.", 254])
            .EmailAddress().WithMessage(_ => localizer["Enter an email address such as name@example.com."]);
        RuleFor(x => x.AcceptAgreement).Equal(true).WithMessage(_ => localizer["Accept the program agreement to register."]);
    }
}
