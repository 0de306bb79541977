using LearningPartner.Domain.Common;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Time;

/// <summary>
/// The one place the portal reads the time: the injected <see cref="TimeProvider"/> (a fake one in tests),
/// turned into the program's calendar date (R-DATE-1).
/// </summary>
public sealed class ProgramClock(TimeProvider timeProvider, IOptions<ProgramOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public DateOnly Today => ProgramDates.Today(Now, _zone);

    public TimeZoneInfo TimeZone => _zone;

    /// <summary>R-DATE-1: the instant a calendar date of the program begins (<see cref="ProgramDates.StartOf"/>).</summary>
    public DateTimeOffset StartOf(DateOnly date) => ProgramDates.StartOf(date, _zone);
}
