using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Discrepancies;

/// <summary>
/// A partner's report that its KPIs differ from its dashboard, or that an invoice is missing (R-DSC-1). Carries
/// exactly the dashboard's fields (R-KPI-8) as the partner claims them. Support staff take it, may ask the partner
/// for more, and resolve it as corrected or rejected (R-DSC-2); a resolved case is final.
/// </summary>
public sealed class DiscrepancyCase : IVersioned
{
    private readonly List<DiscrepancyCaseMessage> _messages = [];

    private DiscrepancyCase()
    {
        OmlpType = string.Empty;
        InvoiceNumber = string.Empty;
        RevenueValue = Money.Zero("USD");
        SubmittedBy = string.Empty;
    }

    public DiscrepancyCase(int partnerOrganisationId, DiscrepancyClaim claim, string? description, CaseDocument? evidence, string submittedBy,
        DateTimeOffset submittedAt)
    {
        PartnerOrganisationId = partnerOrganisationId;
        Month = claim.Month;
        Year = claim.Year;
        OmlpType = Guard.Text(claim.OmlpType, 32, nameof(claim));
        UnitsPurchased = claim.UnitsPurchased;
        InvoiceNumber = Guard.Text(claim.InvoiceNumber, 40, nameof(claim));
        KpiValue = claim.KpiValue;
        RevenueValue = claim.RevenueValue;
        Description = Guard.OptionalText(description, 4000, nameof(description));
        EvidenceFileName = evidence?.FileName;
        EvidenceStorageKey = evidence?.StorageKey;
        SubmittedBy = Guard.Text(submittedBy, 300, nameof(submittedBy));
        SubmittedAt = submittedAt;
        LastChangedAt = submittedAt;
        Status = DiscrepancyStatus.Submitted;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public int Month { get; private set; }

    public int Year { get; private set; }

    public string OmlpType { get; private set; }

    public int UnitsPurchased { get; private set; }

    public string InvoiceNumber { get; private set; }

    /// <summary>The KPI value the partner expected; the value recorded always follows R-KPI-2, whatever is claimed.</summary>
    public decimal KpiValue { get; private set; }

    public Money RevenueValue { get; private set; }

    public string? Description { get; private set; }

    /// <summary>R-DSC-3: the actual invoice, when the partner attached it.</summary>
    public string? EvidenceFileName { get; private set; }

    public string? EvidenceStorageKey { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DiscrepancyStatus Status { get; private set; }

    /// <summary>When the status last changed (or the case was last answered): how long it has waited in its status.</summary>
    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>The staff member who has taken the case.</summary>
    public string? AssignedTo { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The reply the partner sees: why it was corrected or rejected (R-DSC-2).</summary>
    public string? Resolution { get; private set; }

    /// <summary>For a correction: the KPI value it added to the partner's totals (negative when it took some away).</summary>
    public decimal? KpiChange { get; private set; }

    /// <summary>For a correction: the KPI record it added or that superseded the old one.</summary>
    public long? CorrectedLineId { get; private set; }

    public IReadOnlyList<DiscrepancyCaseMessage> Messages => _messages;

    public Guid Version { get; set; }

    public DiscrepancyClaim Claim => new(Month, Year, OmlpType, UnitsPurchased, InvoiceNumber, KpiValue, RevenueValue);

    public bool IsOpen => Status is DiscrepancyStatus.Submitted or DiscrepancyStatus.InReview or DiscrepancyStatus.WaitingForPartner;

    /// <summary>A staff member takes the case (or takes it over); a new case goes into review.</summary>
    public void Take(string staffMember, DateTimeOffset at)
    {
        EnsureOpen();
        AssignedTo = Guard.Text(staffMember, 300, nameof(staffMember));
        if (Status == DiscrepancyStatus.Submitted)
        {
            MoveTo(DiscrepancyStatus.InReview, at);
        }
    }

    /// <summary>Support asks the partner for more information; the case waits for the partner's answer.</summary>
    public DiscrepancyCaseMessage AskPartner(string staffMember, DateTimeOffset at, string question)
    {
        if (Status is not (DiscrepancyStatus.Submitted or DiscrepancyStatus.InReview))
        {
            throw new InvalidOperationException("Only a case in support's hands waits for the partner.");
        }

        AssignedTo ??= Guard.Text(staffMember, 300, nameof(staffMember));
        var message = new DiscrepancyCaseMessage(this, staffMember, fromPartner: false, question, null, at);
        _messages.Add(message);
        MoveTo(DiscrepancyStatus.WaitingForPartner, at);
        return message;
    }

    /// <summary>The partner answers a request for more information: the case is back with support.</summary>
    public DiscrepancyCaseMessage Answer(string partnerUser, DateTimeOffset at, string answer, CaseDocument? document)
    {
        if (Status != DiscrepancyStatus.WaitingForPartner)
        {
            throw new InvalidOperationException("A partner answers only a case that waits for it.");
        }

        var message = new DiscrepancyCaseMessage(this, partnerUser, fromPartner: true, answer, document, at);
        _messages.Add(message);
        MoveTo(DiscrepancyStatus.InReview, at);
        return message;
    }

    /// <summary>R-DSC-2: resolved by adding or superseding a KPI record; the reason is the partner's reply.</summary>
    public void ResolveCorrected(string staffMember, DateTimeOffset at, string reason, long correctedLineId, decimal kpiChange)
    {
        Resolve(DiscrepancyStatus.Corrected, staffMember, at, reason);
        CorrectedLineId = correctedLineId;
        KpiChange = kpiChange;
    }

    /// <summary>R-DSC-2: rejected with a reason shown to the partner; nothing else changes.</summary>
    public void Reject(string staffMember, DateTimeOffset at, string reason) => Resolve(DiscrepancyStatus.Rejected, staffMember, at, reason);

    /// <summary>How long the case has been open (or was, until resolved).</summary>
    public TimeSpan Age(DateTimeOffset now) => (ResolvedAt ?? now) - SubmittedAt;

    /// <summary>
    /// Whether support is late: the case is in support's hands (not waiting for the partner) and older than the target.
    /// </summary>
    public bool IsOverTarget(DateTimeOffset now, TimeSpan target) => IsLate(Status, Age(now), target);

    /// <summary>The rule of <see cref="IsOverTarget"/> for a case read as a row: in support's hands and older than the target.</summary>
    public static bool IsLate(DiscrepancyStatus status, TimeSpan age, TimeSpan target) =>
        status is DiscrepancyStatus.Submitted or DiscrepancyStatus.InReview && age > target;

    private void Resolve(DiscrepancyStatus outcome, string staffMember, DateTimeOffset at, string reason)
    {
        EnsureOpen();
        var by = Guard.Text(staffMember, 300, nameof(staffMember));
        Resolution = Guard.Text(reason, 2000, nameof(reason));
        AssignedTo ??= by;
        ResolvedBy = by;
        ResolvedAt = at;
        MoveTo(outcome, at);
    }

    private void MoveTo(DiscrepancyStatus status, DateTimeOffset at)
    {
        Status = status;
        LastChangedAt = at;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A resolved case is final.");
        }
    }
}
