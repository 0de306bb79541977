using LearningPartner.Infrastructure.Email;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>Issue 23: every mail's HTML part shows the text part's words, with nothing a user typed left unescaped.</summary>
public sealed class MailContentTests
{
    [Fact]
    public void TextIsEncodedInTheHtmlPartAndTheLinkIsAnAnchor()
    {
        var mail = MailContent.Of("Order <1>", [["Reason: <script>alert(1)</script> & \"more\"", "二行"], ["Last"]],
            "https://portal.example.com/partners/4100001/orders/1?a=1&b=2");

        Assert.Equal("Reason: <script>alert(1)</script> & \"more\"\n二行\n\nLast\n\nhttps://portal.example.com/partners/4100001/orders/1?a=1&b=2\n",
            mail.Text);
        Assert.Contains("<title>Order &lt;1&gt;</title>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Reason: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;<br>二行</p><p>Last</p>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://portal.example.com/partners/4100001/orders/1?a=1&amp;b=2\">", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void APlainTextMailGetsParagraphsAndClickableAddresses()
    {
        var mail = MailContent.FromText("Invitation", "Join us:\nhttps://portal.example.com/invitations/abc\n\nThanks");

        Assert.Contains("<p>Join us:<br><a href=\"https://portal.example.com/invitations/abc\">https://portal.example.com/invitations/abc</a></p><p>Thanks</p>",
            mail.Html, StringComparison.Ordinal);
        Assert.Equal("Join us:\nhttps://portal.example.com/invitations/abc\n\nThanks\n", mail.Text);
    }
}
