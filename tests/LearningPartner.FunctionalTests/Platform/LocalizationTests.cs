using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

public sealed class LocalizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EnglishIsTheDefault()
    {
        using var client = factory.CreatePortalClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en-US\">", html);
        Assert.Contains("Learning Partner Portal", html);
    }

    [Fact]
    public async Task TheLanguageSwitcherRemembersChinese()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.PostFormAsync("/resources", "/culture", ("culture", "zh-CN"), ("returnUrl", "/resources"));
        Assert.Equal("/resources", response.Headers.Location?.OriginalString);

        var html = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("学习合作伙伴门户", html);
    }

    [Fact]
    public async Task TheSwitcherIgnoresUnsupportedCulturesAndForeignReturnUrls()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.PostFormAsync("/", "/culture", ("culture", "xx-XX"), ("returnUrl", "https://evil.example/"));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en-US\">", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task MoneyKeepsItsCurrencyCodeInChinese()
    {
        // R-FEE-2: zh-CN would print ¥ for a currency symbol; the portal always shows the ISO code.
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        await client.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));

        var html = await client.GetStringAsync("/partners/4100001");

        Assert.Contains(" USD", html);
        Assert.DoesNotContain("¥", html);
        Assert.DoesNotContain("US$", html);
    }
}
