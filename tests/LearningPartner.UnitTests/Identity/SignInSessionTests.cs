using LearningPartner.Domain.Sessions;

namespace LearningPartner.UnitTests.Identity;

/// <summary>Issue 20: a sign-in session is open until ended or until the absolute timeout, derived from dates when read.</summary>
public sealed class SignInSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TwelveHours = TimeSpan.FromHours(12);

    [Theory]
    [InlineData(0, true)]
    [InlineData(719, true)] // 11 h 59 min
    [InlineData(720, false)] // exactly 12 h: the absolute timeout has come
    [InlineData(2000, false)]
    public void AnUnendedSessionIsOpenUntilItsAbsoluteTimeout(int minutes, bool open) =>
        Assert.Equal(open, NewSession().IsOpenAt(Start.AddMinutes(minutes), TwelveHours));

    [Fact]
    public void AnEndedSessionIsClosedAndKeepsItsFirstReason()
    {
        var session = NewSession();

        session.End(Start.AddMinutes(5), SessionEndReason.SignedOut);
        session.End(Start.AddMinutes(9), SessionEndReason.EndedByStaff);

        Assert.False(session.IsOpenAt(Start.AddMinutes(6), TwelveHours));
        Assert.Equal((Start.AddMinutes(5), SessionEndReason.SignedOut), (session.EndedAt!.Value, session.EndReason!.Value));
    }

    [Fact]
    public void TheUsersObjectIdIsKeptInLowerCase() =>
        Assert.Equal("5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a0a", new SignInSession(new string('a', 64), "5F1C0A52-7D3E-4B8A-9A51-0C1E2D3F4A0A", "Avery", Start).ObjectId);

    private static SignInSession NewSession() => new(new string('a', 64), "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01", "Avery Chen", Start);
}
