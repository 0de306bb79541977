using System.Globalization;
using System.Reflection;
using FluentValidation;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 20.6: every text field of every form refuses control characters and direction formatting, through the portal's own
/// validators as registered. The forms are found by reflection — each input a POST or PUT action binds — so a new form or
/// a new field that forgets the rule fails here.
/// </summary>
public sealed class PlainTextCoverageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Long text: tab and line breaks are allowed there (written out by hand, not read from the validators).</summary>
    private static readonly HashSet<string> LongTextFields =
    [
        "CaseInput.Description", "CaseMessageInput.Text", "CorrectionInput.Reason", "ResourceLinkInput.Description", "ResourceLinkInput.DescriptionZh",
        "CaseQuestionInput.Question", "CaseRejectionInput.Reason", "ListingRejectionInput.Reason", "HeldInvoiceRefusalInput.Reason",
        "PaymentRejectionInput.Reason", "RegistrationRejectionInput.Reason", "ClaimVerificationInput.Note", "ClaimRejectionInput.Reason",
        "ListingInput.Description",
    ];

    /// <summary>Inputs whose text is never stored as typed, and why.</summary>
    private static readonly Dictionary<string, string> NotStored = new()
    {
        ["OrderRequest"] = "level and competency are looked up among the offers; anything else is 404",
    };

    /// <summary>Text parameters bound outside an input model, and why they need no validator.</summary>
    private static readonly HashSet<string> TextParameters =
    [
        "AccountController.SignInAsPersona(persona, returnUrl)", // a development persona by name; a local return URL
        "CultureController.Set(culture, returnUrl)", // one of the supported cultures; a local return URL
    ];

    public static TheoryData<string> TextFields() => [.. FieldNames()];

    [Fact]
    public void TheFormsAreFound()
    {
        var names = Inputs().Select(t => t.Name).ToList();

        Assert.Superset(new HashSet<string> { "HeldInvoiceInput", "CorrectionInput", "CaseInput", "CaseMessageInput", "ExamPassInput",
            "ListingInput", "LinkPartnerUserInput", "ResourceLinkInput", "TrainerInput", "CaseQuestionInput", "CaseRejectionInput",
            "ListingRejectionInput", "HeldInvoiceRefusalInput", "PaymentRejectionInput" }, names.ToHashSet());
        Assert.Subset(FieldNames().ToHashSet(), LongTextFields);
    }

    [Fact]
    public void NoActionTakesTextOutsideAnInputModel()
    {
        var found = Actions()
            .Select(a => (Action: a, Text: a.GetParameters().Where(p => p.ParameterType == typeof(string)).Select(p => p.Name).ToList()))
            .Where(a => a.Text.Count > 0)
            .Select(a => $"{a.Action.DeclaringType!.Name}.{a.Action.Name}({string.Join(", ", a.Text)})")
            .ToHashSet();

        Assert.Equal(TextParameters, found);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public async Task EveryTextFieldRefusesDirectionOverridesAndControlCharacters(string field)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var (type, property) = Find(field);

        // Written out by hand: the message names the hidden character by its code point.
        Assert.Equal("Remove the invisible control or text-direction character (U+202E) from this text.",
            await MessageForAsync(type, property, "CM-1\u202E1-MC"));
        Assert.Equal("Remove the invisible control or text-direction character (U+2066) from this text.",
            await MessageForAsync(type, property, "\u2066x"));
        Assert.Equal("Remove the invisible control or text-direction character (U+0000) from this text.",
            await MessageForAsync(type, property, "a\u0000b"));
        Assert.Equal("Remove the invisible control or text-direction character (U+001B) from this text.",
            await MessageForAsync(type, property, "\u001B[31m"));
        if (LongTextFields.Contains(field))
        {
            Assert.Null(await MessageForAsync(type, property, "line one\r\nline two\tend"));
        }
        else
        {
            Assert.Equal("Remove the invisible control or text-direction character (U+000A) from this text.",
                await MessageForAsync(type, property, "line one\nline two"));
            Assert.Equal("Remove the invisible control or text-direction character (U+0009) from this text.",
                await MessageForAsync(type, property, "a\tb"));
        }
    }

    /// <summary>The first message the registered validator gives the property, when it is the plain-text one; else null.</summary>
    private async Task<string?> MessageForAsync(Type type, PropertyInfo property, string value)
    {
        using var scope = factory.Services.CreateScope();
        var validator = (IValidator)scope.ServiceProvider.GetRequiredService(typeof(IValidator<>).MakeGenericType(type));
        var input = Activator.CreateInstance(type)!;
        property.SetValue(input, value);

        var result = await validator.ValidateAsync(new ValidationContext<object>(input));

        return result.Errors.Where(e => e.PropertyName == property.Name).Select(e => e.ErrorMessage)
            .FirstOrDefault(m => m.StartsWith("Remove the invisible", StringComparison.Ordinal));
    }

    private static (Type Type, PropertyInfo Property) Find(string field)
    {
        var type = Inputs().Single(t => t.Name == field.Split('.')[0]);
        return (type, type.GetProperty(field.Split('.')[1])!);
    }

    private static IEnumerable<MethodInfo> Actions() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<HttpMethodAttribute>().Any(a => a.HttpMethods.Any(h => h is "POST" or "PUT" or "PATCH")));

    /// <summary>The portal's own types that POST, PUT and PATCH actions bind (not the partner context, a file or a token).</summary>
    private static List<Type> Inputs() =>
        [.. Actions().SelectMany(a => a.GetParameters()).Select(p => p.ParameterType)
            .Where(t => t.IsClass && t.Assembly == typeof(Program).Assembly && !NotStored.ContainsKey(t.Name))
            .Distinct().OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static IEnumerable<string> FieldNames() => Inputs().SelectMany(TextPropertiesOf).Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

    private static IEnumerable<PropertyInfo> TextPropertiesOf(Type type) =>
        type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).OrderBy(p => p.Name, StringComparer.Ordinal);
}
