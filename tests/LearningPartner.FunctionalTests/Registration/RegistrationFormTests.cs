using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Registration;

/// <summary>R-ORG-1: the registration form's messages beside its fields, and who is offered it.</summary>
public sealed class RegistrationFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task BadInputIsShownBesideEachFieldAndNothingIsWritten()
    {
        using var newcomer = await factory.SignedInClientAsync(Personas.Newcomer);
        var before = await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync());

        using var response = await RegistrationFlow.RegisterAsync(newcomer,
            RegistrationFlow.Fields(legalName: "", website: "http://www.litware-learning.example", taxId: "", accept: false));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-valmsg-for=\"Input.LegalName\" data-valmsg-replace=\"true\">Enter your company's legal name.", html);
        Assert.Contains("data-valmsg-for=\"Input.Website\" data-valmsg-replace=\"true\">Enter the full https:// address of your website", html);
        Assert.Contains("data-valmsg-for=\"Input.TaxId\" data-valmsg-replace=\"true\">Enter your company's tax or VAT id.", html);
        Assert.Contains("data-valmsg-for=\"Input.AcceptAgreement\" data-valmsg-replace=\"true\">Accept the program agreement to register.", html);
        // What was typed is kept.
        Assert.Contains("value=\"1 Station Road, Cambridge CB1 2JB\"", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.PartnerUsers.AnyAsync(u => u.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a10")));
    }

    [Fact]
    public async Task TheRegistrationFormIsTranslated()
    {
        using var newcomer = await factory.SignedInClientAsync(Personas.Newcomer);

        await newcomer.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));

        var html = WebUtility.HtmlDecode(await newcomer.GetStringAsync("/register"));

        Assert.Contains("注册您的培训公司", html);
        Assert.Contains("我代表本公司接受计划协议第 2026-1 版。", html);
    }

    [Theory]
    [InlineData(Personas.ContosoAdmin)]
    [InlineData(Personas.TailwindAdmin)]
    [InlineData(Personas.Support)]
    public async Task PeopleOfAnOrganisationAndStaffAreNotOfferedSignUp(string persona)
    {
        using var client = await factory.SignedInClientAsync(persona);
        var before = await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync());

        using var page = await client.GetAsync("/register");
        using var post = await client.PostFormAsync("/", "/register", RegistrationFlow.Fields());

        Assert.Equal((HttpStatusCode.Redirect, "/dashboard"), (page.StatusCode, page.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, "/dashboard"), (post.StatusCode, post.Headers.Location?.OriginalString));
        Assert.Equal(before, await factory.WithDbAsync(db => db.PartnerOrganisations.CountAsync()));
    }
}
