namespace LearningPartner.Domain.Notifications;

/// <summary>
/// What a notice says, by kind: <see cref="Text"/> is a notice stored as finished (English) words, as every notice was before
/// issue 23; every other kind is stored as its facts and put into words when read, in the reader's language (issue 24's
/// direction). A legacy kind is converted by adding its kind and facts record and rendering it; its old rows stay <see cref="Text"/>.
/// </summary>
public enum NoticeKind
{
    Text = 0,
    OrderPlaced = 1,
    PaymentProofReceived = 2,
    PaymentConfirmed = 3,
    PaymentRejected = 4,
    OrderExpiring = 5,
    OrderExpired = 6,
}
