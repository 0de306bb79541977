namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-ROLE-5: who may read a notice. A report viewer reads the standing without trainers' personal data, so a notice that names a
/// trainer or an exam taker (a rejected claim, a lapse warning) is neither mailed nor shown to one.
/// </summary>
public static class NoticeAudience
{
    public static bool NamesPeople(NoticeKind kind) => kind is NoticeKind.ClaimRejected or NoticeKind.TrainerLapse;
}
