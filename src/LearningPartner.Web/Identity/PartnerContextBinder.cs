using LearningPartner.Application.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Binds an action's <see cref="PartnerContext"/> parameter to the organisation <see cref="PartnerRouteAccessFilter"/>
/// resolved for the route, after it checked access. An action on a route without {partnerId} cannot take one: binding fails.
/// </summary>
internal sealed class PartnerContextBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        if (bindingContext.HttpContext.Features.Get<RoutePartner>() is { } resolved)
        {
            bindingContext.Result = ModelBindingResult.Success(resolved.Partner);
        }
        else
        {
            throw new InvalidOperationException(
                $"{bindingContext.ActionContext.ActionDescriptor.DisplayName} takes a {nameof(PartnerContext)} but its route has no {{{PartnerRouteAccessFilter.RouteKey}}}.");
        }

        return Task.CompletedTask;
    }
}

/// <summary>Registers <see cref="PartnerContextBinder"/> for every <see cref="PartnerContext"/> parameter.</summary>
internal sealed class PartnerContextBinderProvider : IModelBinderProvider
{
    private static readonly PartnerContextBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(PartnerContext) ? Binder : null;
}
