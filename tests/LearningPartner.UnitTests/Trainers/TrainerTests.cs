using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Trainers;

public sealed class TrainerTests
{
    [Theory]
    [InlineData("2026-06-29", true)]
    [InlineData("2026-06-30", true)] // the last valid day is included
    [InlineData("2026-07-01", false)] // validity ended the day before
    public void ValidThroughItsLastValidDay(string date, bool expected)
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", new DateOnly(2026, 6, 30), TestFacts.Verified);

        Assert.Equal(expected, trainer.IsValidOn(DateOnly.Parse(date)));
    }

    [Fact]
    public void ARetiredTrainerNoLongerCountsFromTheRetirementDay()
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", new DateOnly(2027, 6, 30), TestFacts.Verified);

        trainer.Retire(new DateOnly(2026, 9, 1));

        Assert.True(trainer.IsValidOn(new DateOnly(2026, 8, 31)));
        Assert.False(trainer.IsValidOn(new DateOnly(2026, 9, 1)));
    }
}
