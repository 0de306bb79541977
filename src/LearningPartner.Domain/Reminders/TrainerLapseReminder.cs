namespace LearningPartner.Domain.Reminders;

/// <summary>
/// R-MCT-2: a trainer lapse warning that was sent (as a partner notice and its email). Unique per (trainer, valid-until date) in
/// the database: with several instances or runs, the one that records the row first sends it, the others find it recorded. A
/// renewed membership (a new valid-until date) is a new warning when it runs out in turn.
/// </summary>
public sealed class TrainerLapseReminder
{
    private TrainerLapseReminder()
    {
    }

    public TrainerLapseReminder(int trainerId, int partnerOrganisationId, DateOnly validUntil, DateTimeOffset sentAt)
    {
        TrainerId = trainerId;
        PartnerOrganisationId = partnerOrganisationId;
        ValidUntil = validUntil;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    public int TrainerId { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    /// <summary>The membership's last day the warning was about.</summary>
    public DateOnly ValidUntil { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
