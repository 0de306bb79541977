using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>Two portal instances on one database share Data Protection keys, so cookies and tokens travel.</summary>
public sealed class MultiInstanceTests : TwoInstances
{
    [Fact]
    public async Task UserSignedInOnOneInstanceIsSignedInOnTheOther()
    {
        using var a = First.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var b = Second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new CookieContainer();
        var baseUri = new Uri("http://localhost/");

        // The sign-in form comes from instance A and is posted to instance B: antiforgery tokens travel too.
        using var form = await a.GetAsync("/account/sign-in");
        Keep(jar, baseUri, form);
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["persona"] = Personas.ContosoAdmin,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", jar.GetCookieHeader(baseUri));
        using var signedIn = await b.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Keep(jar, baseUri, signedIn);

        // The session cookie issued by B is accepted by A.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/partners/4100001");
        page.Headers.Add("Cookie", jar.GetCookieHeader(baseUri));
        using var response = await a.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Avery Chen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DataProtectionKeysLiveInTheDatabase()
    {
        using var client = await First.SignedInClientAsync(Personas.Support);

        var keys = await First.WithDbAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.True(keys >= 1);
    }

    [Fact]
    public async Task NewKeysUseAes256Gcm()
    {
        using var client = await First.SignedInClientAsync(Personas.Support);

        var keys = await First.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        // Issue 12: the session and antiforgery cookies are opened on every request; GCM does it in one pass.
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<encryption algorithm=\"AES_256_GCM\" />", xml));
    }

    private static void Keep(CookieContainer jar, Uri baseUri, HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                jar.SetCookies(baseUri, cookie);
            }
        }
    }
}
