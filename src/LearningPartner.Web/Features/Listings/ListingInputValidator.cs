using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Listings;

/// <summary>R-DIR-2, R-DIR-3: each field and attestation with its message beside it.</summary>
public sealed class ListingInputValidator : AbstractValidator<ListingInput>
{
    public ListingInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.DisplayName).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the name to show in the directory."])
            .Must(v => v!.Trim().Length <= ListingDetails.MaxNameLength).WithMessage(_ => localizer["Use at most {0} characters.", ListingDetails.MaxNameLength]);
        RuleFor(x => x.CountryCode).MustBePlainText(localizer)
            .Must(CountryCodes.IsAssigned).WithMessage(_ => localizer["Choose a country or region from the list."]);
        RuleFor(x => x.LandingPageUrl).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the address of your Microsoft-titled landing page."])
            .Must(v => !v!.Trim().StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            .WithMessage(_ => localizer["The address must start with https://."])
            .Must(ListingDetails.IsLandingPageUrl)
            .WithMessage(_ => localizer["Enter the full https:// address of a page on your own web site, for example https://www.contoso.com/microsoft-training."]);
        // Issue 24: plain text, shown as it is written (never as HTML).
        RuleFor(x => x.Description).MustBePlainText(localizer, TextKind.LongText)
            .Must(v => v is null || v.Trim().Length <= ListingDetails.MaxDescriptionLength)
            .WithMessage(_ => localizer["Use at most {0} characters.", ListingDetails.MaxDescriptionLength]);
        RuleFor(x => x.Logo)
            .Must(f => f!.Length <= ListingLogo.MaxBytes).When(x => x.Logo is { Length: > 0 })
            .WithMessage(_ => localizer["The logo is larger than {0} KB: choose an image of at most {0} KB.", ListingLogo.MaxBytes / 1024]);
        RuleFor(x => x.OnlyAboutThePartner).Equal(true).WithMessage(_ => localizer["Confirm that the page is only about your organisation."]);
        RuleFor(x => x.NoCompetitors).Equal(true).WithMessage(_ => localizer["Confirm that the page shows no competitors."]);
        RuleFor(x => x.OwnedByThePartner).Equal(true).WithMessage(_ => localizer["Confirm that your organisation owns the web site."]);
    }
}
