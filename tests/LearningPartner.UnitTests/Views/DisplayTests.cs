using LearningPartner.Web.Views.Shared;

namespace LearningPartner.UnitTests.Views;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("5f1c0a52-7d3e-4b8a-9c61-2a8f0d5e1b01 (Sam Rivera)", "Sam Rivera")]
    [InlineData("0b4e2c1a-0000-4000-8000-000000000001 (王芳 (Wang Fang))", "王芳 (Wang Fang)")]
    [InlineData("system", "system")]
    public void APersonIsShownByTheNameTheAuditTrailRecordsBesideTheObjectId(string described, string shown) =>
        Assert.Equal(shown, Display.Person(described));
}
