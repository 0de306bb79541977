namespace LearningPartner.Infrastructure.Notifications;

/// <summary>Wakes this instance's notification service when a notice was committed, so its email goes out at once.</summary>
public sealed class NotificationSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Poke()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another poke got there first: one wake-up serves both.
            }
        }
    }

    /// <summary>Waits for a poke or the interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => _signal.WaitAsync(interval, cancellationToken);
}
