using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Trainers;

/// <summary>A passed certification exam held by someone at the partner (R-CMP-1), e.g. AZ-104.</summary>
public sealed class ExamPass
{
    private ExamPass()
    {
        ExamCode = string.Empty;
        PersonName = string.Empty;
    }

    public ExamPass(int partnerOrganisationId, string examCode, string personName, DateOnly passedOn)
    {
        PartnerOrganisationId = partnerOrganisationId;
        ExamCode = Guard.Text(examCode, 16, nameof(examCode)).ToUpperInvariant();
        PersonName = Guard.Text(personName, 200, nameof(personName));
        PassedOn = passedOn;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public string ExamCode { get; private set; }

    public string PersonName { get; private set; }

    public DateOnly PassedOn { get; private set; }

    public void Change(string examCode, string personName, DateOnly passedOn)
    {
        ExamCode = Guard.Text(examCode, 16, nameof(examCode)).ToUpperInvariant();
        PersonName = Guard.Text(personName, 200, nameof(personName));
        PassedOn = passedOn;
    }
}
