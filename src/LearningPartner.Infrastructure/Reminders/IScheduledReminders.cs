namespace LearningPartner.Infrastructure.Reminders;

/// <summary>
/// One kind of reminder the reminder service sends on each run: renewal reminders (R-RNW-2), trainer lapse
/// warnings (R-MCT-2), order expiry notices (R-FEE-2). Each sends what is due on the day it runs, once, however many instances run it.
/// </summary>
public interface IScheduledReminders
{
    /// <summary>Sends what is due today and not sent yet; returns how many were sent.</summary>
    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}
