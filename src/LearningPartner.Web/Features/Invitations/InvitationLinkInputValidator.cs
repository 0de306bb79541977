using FluentValidation;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Invitations;

public sealed class InvitationLinkInputValidator : AbstractValidator<InvitationLinkInput>
{
    public InvitationLinkInputValidator(IStringLocalizer<SharedResource> localizer) =>
        RuleFor(x => x.Token).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["This invitation link is not valid."])
            .MaximumLength(100).WithMessage(_ => localizer["This invitation link is not valid."]);
}
