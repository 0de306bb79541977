using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Trainers;

/// <summary>A Microsoft Certified Trainer (MCT) of a partner organisation (R-LAP-1, R-CMP-1).</summary>
public sealed class Trainer : IVersioned
{
    private Trainer()
    {
        Name = string.Empty;
        MctId = string.Empty;
    }

    public Trainer(int partnerOrganisationId, string name, string mctId, DateOnly validUntil)
    {
        PartnerOrganisationId = partnerOrganisationId;
        Name = Guard.Text(name, 200, nameof(name));
        MctId = Guard.Text(mctId, 32, nameof(mctId));
        ValidUntil = validUntil;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public string Name { get; private set; }

    public string MctId { get; private set; }

    /// <summary>The last day the MCT certification is valid (inclusive).</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>Set when the partner retires the trainer; kept for the audit trail, never deleted.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public Guid Version { get; set; }

    /// <summary>R-CMP-1: a currently valid MCT on the given date — not retired, certification not expired.</summary>
    public bool IsValidOn(DateOnly date) => date <= ValidUntil && (RetiredOn is null || date < RetiredOn);

    public void Retire(DateOnly on) => RetiredOn ??= on;

    public void Change(string name, string mctId, DateOnly validUntil)
    {
        Name = Guard.Text(name, 200, nameof(name));
        MctId = Guard.Text(mctId, 32, nameof(mctId));
        ValidUntil = validUntil;
    }
}
