using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V2.4): sign-in, uploads, imports and case submission are rate limited — per signed-in user, or per
/// address when anonymous — and answer 429 with Retry-After once the limit is reached (here 2 per window).
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public RateLimitTests()
    {
        foreach (var policy in new[] { "SignIn", "Uploads", "Imports", "Cases" })
        {
            _factory.WithSetting($"RateLimits:{policy}:PermitLimit", "2").WithSetting($"RateLimits:{policy}:WindowSeconds", "600");
        }
    }

    public static TheoryData<string?, string, string> LimitedForms() => new()
    {
        // persona, page with the form, the form's action (each post is refused by validation: only the count matters)
        { null, "/account/sign-in", "/account/sign-in" },
        { Personas.ContosoAdmin, "/partners/4100001/held-invoices", "/partners/4100001/held-invoices" },
        { Personas.ContosoAdmin, "/partners/4100001/orders/1", "/partners/4100001/orders/1/proof" },
        { Personas.ContosoAdmin, "/partners/4100001/cases/new", "/partners/4100001/cases" },
        { Personas.ContosoAdmin, "/partners/4100001/cases/2", "/partners/4100001/cases/2/answer" },
        { Personas.Support, "/staff/imports", "/staff/imports" },
        { Personas.Support, "/staff/imports", "/staff/imports/1/commit" },
    };

    [Theory]
    [MemberData(nameof(LimitedForms))]
    public async Task TheThirdPostInTheWindowIsRefusedWith429AndRetryAfter(string? persona, string page, string action)
    {
        using var client = await ClientAsync(persona);
        var token = await client.GetAntiforgeryTokenAsync(page);
        Task<HttpResponseMessage> Post() => client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["persona"] = "nobody",
        }));

        var first = await Post();
        var second = await Post();
        var third = await Post();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(int.Parse(third.Headers.GetValues("Retry-After").Single()), 1, 600);
        Assert.StartsWith("Too many requests.", await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASignedInUserIsLimitedAsItselfNotWithEveryoneAtItsAddress()
    {
        using var contoso = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var woodgrove = await _factory.SignedInClientAsync(Personas.WoodgroveAdmin);
        var contosoToken = await contoso.GetAntiforgeryTokenAsync("/partners/4100001/held-invoices");
        var woodgroveToken = await woodgrove.GetAntiforgeryTokenAsync("/partners/4100005/held-invoices");
        FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        for (var i = 0; i < 2; i++)
        {
            await contoso.PostAsync("/partners/4100001/held-invoices", Form(contosoToken));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await contoso.PostAsync("/partners/4100001/held-invoices", Form(contosoToken))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await woodgrove.PostAsync("/partners/4100005/held-invoices", Form(woodgroveToken))).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A client of this test's own factory, signed in once (within the sign-in limit of 2).</summary>
    private async Task<HttpClient> ClientAsync(string? persona)
    {
        var client = _factory.CreatePortalClient();
        if (persona is not null)
        {
            await client.SignInAsync(persona);
        }

        return client;
    }
}
