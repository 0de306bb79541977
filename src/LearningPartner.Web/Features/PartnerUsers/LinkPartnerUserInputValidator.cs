using FluentValidation;
using LearningPartner.Domain.Partners;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.PartnerUsers;

public sealed class LinkPartnerUserInputValidator : AbstractValidator<LinkPartnerUserInput>
{
    public LinkPartnerUserInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleFor(x => x.TenantId).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the user's Entra tenant id."])
            .Must(id => Guid.TryParseExact(id?.Trim(), "D", out _))
            .WithMessage(_ => localizer["An Entra tenant id looks like 00000000-0000-0000-0000-000000000000."]);
        RuleFor(x => x.ObjectId).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the user's Entra object id."])
            .Must(id => Guid.TryParseExact(id?.Trim(), "D", out _))
            .WithMessage(_ => localizer["An Entra object id looks like 00000000-0000-0000-0000-000000000000."]);
        RuleFor(x => x.DisplayName).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the user's name."])
            .MaximumLength(200).WithMessage(_ => localizer["Use at most 200 characters."]);
        RuleFor(x => x.Email).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the user's email address."])
            .MaximumLength(254).WithMessage(_ => localizer["Use at most 254 characters."])
            .EmailAddress().WithMessage(_ => localizer["Enter an email address such as name@example.com."]);
        RuleFor(x => x.PartnerId).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Choose the partner organisation."]);
        RuleFor(x => x.Role).MustBePlainText(localizer)
            .Must(role => role is not null && PortalRoles.PartnerRoles.Contains(role))
            .WithMessage(_ => localizer["Choose the user's role in the organisation."]);
        RuleFor(x => x.Reason).MustBeARecordedReason(localizer, () => localizer["Say why staff link this user."]);
    }
}
