using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningPartner.Web.Features.Common;

public static class ValidationExtensions
{
    /// <summary>Runs a FluentValidation validator and puts its messages beside the fields of the form.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T input,
        ModelStateDictionary modelState, string prefix)
    {
        var result = await validator.ValidateAsync(input);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError($"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }

    /// <summary>Runs the validator of a one-field form (a reason, a question) and returns its message, or null when valid.</summary>
    public static async Task<string?> FirstMessageAsync<T>(this IValidator<T> validator, T input) =>
        (await validator.ValidateAsync(input)).Errors.FirstOrDefault()?.ErrorMessage;
}
