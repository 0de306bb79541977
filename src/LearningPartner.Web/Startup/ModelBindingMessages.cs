using LearningPartner.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Issue 24: the model binder's own validation messages (a value that is not a number, a missing value) in the reader's
/// language. Each accessor runs when the message is needed, so the localizer reads the request's culture.
/// </summary>
internal sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(name => localizer["A value for the '{0}' parameter or property was not provided.", name]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A non-empty request body is required."]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => localizer["The value '{0}' is not valid for {1}.", value, name]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(name => localizer["The supplied value is invalid for {0}.", name]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The supplied value is invalid."]);
        messages.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(name => localizer["The field {0} must be a number.", name]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["The field must be a number."]);
    }
}
