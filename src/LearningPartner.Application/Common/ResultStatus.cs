namespace LearningPartner.Application.Common;

public enum ResultStatus
{
    Done,
    NotFound,
    Refused,
}
