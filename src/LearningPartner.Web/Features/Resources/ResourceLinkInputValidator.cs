using FluentValidation;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Resources;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Resources;

public sealed class ResourceLinkInputValidator : AbstractValidator<ResourceLinkInput>
{
    public ResourceLinkInputValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleFor(x => x.Title).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter a title."])
            .MaximumLength(ResourceLink.TitleLength).WithMessage(_ => localizer["Use at most 200 characters."]);
        // ADR-019: the Chinese texts are optional; without them a Chinese reader sees the English ones.
        RuleFor(x => x.TitleZh).MustBePlainText(localizer)
            .MaximumLength(ResourceLink.TitleLength).WithMessage(_ => localizer["Use at most 200 characters."]);
        RuleFor(x => x.Url).MustBePlainText(localizer)
            .NotEmpty().WithMessage(_ => localizer["Enter the address of the page."])
            .MaximumLength(2048).WithMessage(_ => localizer["Use at most 2048 characters."])
            .Must(BeAbsoluteHttpUrl).WithMessage(_ => localizer["Enter a full web address starting with https:// or http://."]);
        RuleFor(x => x.Description).MustBePlainText(localizer, TextKind.LongText)
            .MaximumLength(ResourceLink.DescriptionLength).WithMessage(_ => localizer["Use at most 1000 characters."]);
        RuleFor(x => x.DescriptionZh).MustBePlainText(localizer, TextKind.LongText)
            .MaximumLength(ResourceLink.DescriptionLength).WithMessage(_ => localizer["Use at most 1000 characters."]);
        RuleFor(x => x.DescriptionZh).Empty()
            .When(x => string.IsNullOrWhiteSpace(x.TitleZh), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => localizer["Give the Chinese title too, or leave the Chinese description empty."]);
    }

    public static bool BeAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
