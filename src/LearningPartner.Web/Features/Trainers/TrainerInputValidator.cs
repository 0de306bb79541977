using FluentValidation;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Trainers;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Trainers;

public sealed class TrainerInputValidator : AbstractValidator<TrainerInput>
{
    public TrainerInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleFor(x => x.Name).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the trainer's name."])
            .MaximumLength(200).WithMessage(_ => localizer["Use at most 200 characters."]);
        RuleFor(x => x.Email).MustBePlainText(localizer)
            .MaximumLength(254).WithMessage(_ => localizer["Use at most {0} characters.", 254])
            .EmailAddress().WithMessage(_ => localizer["Enter an email address such as name@example.com."])
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.MctId).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the MCT id."])
            .Matches(FactFormat.MctIdPattern).WithMessage(_ => localizer["An MCT id has 3 to 32 letters, digits or dashes."]);
        RuleFor(x => x.ValidUntil).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the last day of the MCT membership."])
            .Must(v => DateInput.TryParse(v, out var d) && d.Year >= 2000)
            .WithMessage(_ => localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."]);
        // R-MCT-1: a new claim brings the evidence support staff check — the share link, the transcript PDF, or both; an edit keeps
        // the claim's evidence (or brings a new PDF).
        RuleFor(x => x.EvidenceLink)
            .NotEmpty().WithMessage(_ => localizer["Enter the trainer's Microsoft Learn transcript share link or upload the transcript PDF: support staff verify the claim with it."])
            .When(x => x.IsNewClaim && x.EvidenceDocument is null);
        RuleFor(x => x.EvidenceLink).Cascade(CascadeMode.Stop).MustBePlainText(localizer)
            .Must(v => v!.Trim().Length <= 500).WithMessage(_ => localizer["Use at most {0} characters.", 500])
            .Must(Websites.IsHttpsUrl).WithMessage(_ => localizer["Enter the full https:// address of the transcript, for example https://learn.microsoft.com/en-us/users/…/transcript/…."])
            .When(x => !string.IsNullOrWhiteSpace(x.EvidenceLink));
    }
}
