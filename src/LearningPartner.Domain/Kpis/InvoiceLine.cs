using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Kpis;

/// <summary>
/// A KPI record: one line of an actual Courseware Marketplace invoice (R-KPI-1), identified by
/// (partner id, invoice number, line number) — R-KPI-4. It is keyed by the program partner id, not by an
/// organisation row, so purchases made before the partner enrolled count once it does (R-KPI-5).
/// </summary>
public sealed class InvoiceLine
{
    private InvoiceLine()
    {
        PartnerId = string.Empty;
        InvoiceNumber = string.Empty;
        OmlpType = string.Empty;
        RevenueCurrency = "USD";
        Source = string.Empty;
    }

    public InvoiceLine(string partnerId, string invoiceNumber, int lineNumber, DateOnly invoiceDate, string omlpType,
        int units, Money revenue, string source, DateTimeOffset recordedAt)
    {
        if (lineNumber < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lineNumber), "Line numbers start at 1.");
        }

        // Units may be 0 (a credited line) but never negative; revenue may be 0 (digital MOC sold at 0 in 2020–21).
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        ArgumentOutOfRangeException.ThrowIfNegative(revenue.Amount, nameof(revenue));

        PartnerId = Guard.Text(partnerId, 20, nameof(partnerId));
        InvoiceNumber = Guard.Text(invoiceNumber, 40, nameof(invoiceNumber));
        LineNumber = lineNumber;
        InvoiceDate = invoiceDate;
        OmlpType = Guard.Text(omlpType, 32, nameof(omlpType));
        Units = units;
        RevenueAmount = revenue.Amount;
        RevenueCurrency = revenue.Currency;
        InvoiceMonth = MonthKey(invoiceDate);
        Source = Guard.Text(source, 100, nameof(source));
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public string PartnerId { get; private set; }

    public string InvoiceNumber { get; private set; }

    public int LineNumber { get; private set; }

    public DateOnly InvoiceDate { get; private set; }

    /// <summary>
    /// The invoice date's month as yyyymm (202610), stored so the monthly report (R-KPI-8) groups by a plain column
    /// of its covering index instead of extracting year and month from every date.
    /// </summary>
    public int InvoiceMonth { get; private set; }

    /// <summary>The OMLP type code of the program-year rule set, e.g. "MOC", "DMOC", "EXAM-VOUCHER".</summary>
    public string OmlpType { get; private set; }

    public int Units { get; private set; }

    /// <summary>
    /// R-KPI-4: whether another recording of this line (same partner, invoice and line number) carries the same values —
    /// then recording it again changes nothing; otherwise it is a conflict.
    /// </summary>
    public bool HasValues(DateOnly invoiceDate, string omlpType, int units, Money revenue) =>
        InvoiceDate == invoiceDate && OmlpType == omlpType && Units == units && Revenue == revenue;

    /// <summary>The recorded values, shown beside a conflicting version (R-KPI-4).</summary>
    public string DescribeValues() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{InvoiceDate:yyyy-MM-dd}, {OmlpType}, {Units} units, {Revenue}");

    /// <summary>The yyyymm key of a date's month, as <see cref="InvoiceMonth"/> stores it.</summary>
    public static int MonthKey(DateOnly date) => (date.Year * 100) + date.Month;

    /// <summary>
    /// R-KPI-2: units × the weight of the OMLP type in the invoice date's program year, fixed once when
    /// the rule set is known. Null until then.
    /// </summary>
    public decimal? KpiValue { get; private set; }

    /// <summary>R-CMP-2: the KPI category the line counts in, fixed together with its value.</summary>
    public string? KpiCategory { get; private set; }

    /// <summary>
    /// The line's revenue value. Stored as two plain columns (not a complex property) so they can be part of the
    /// KPI report's covering index: EF Core 10 cannot index members of complex types.
    /// </summary>
    public Money Revenue => new(RevenueAmount, RevenueCurrency);

    public decimal RevenueAmount { get; private set; }

    public string RevenueCurrency { get; private set; }

    /// <summary>Where the line came from (an import, the demo data, a discrepancy correction).</summary>
    public string Source { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// R-DSC-2: when support staff correct this record it is superseded — kept, never deleted or changed otherwise — and
    /// stops counting: only current records (null here) are in reports, totals and the R-KPI-4 key.
    /// </summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The record this one corrects (R-DSC-2), or null for a record as first recorded.</summary>
    public long? SupersedesId { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    /// <summary>
    /// R-DSC-2: supersedes this record with a corrected one — same identity (R-KPI-4), new values, valued afresh by its
    /// caller (R-KPI-2). This record is kept as it was, marked superseded at <paramref name="at"/>.
    /// </summary>
    public InvoiceLine SupersedeWith(DateOnly invoiceDate, string omlpType, int units, Money revenue, string source, DateTimeOffset at)
    {
        if (!IsCurrent)
        {
            throw new InvalidOperationException("A superseded record is not corrected again: its successor is.");
        }

        if (HasValues(invoiceDate, omlpType, units, revenue))
        {
            throw new ArgumentException("A correction changes at least one value.", nameof(invoiceDate));
        }

        var successor = new InvoiceLine(PartnerId, InvoiceNumber, LineNumber, invoiceDate, omlpType, units, revenue, source, at)
        {
            SupersedesId = Id,
        };
        SupersededAt = at;
        return successor;
    }

    /// <summary>
    /// R-KPI-2: units × the weight of the OMLP type in the invoice date's program year, fixed once — a later
    /// call with another weight or category is a programmer error.
    /// </summary>
    public void FixKpi(Programs.OmlpTypeRule rule)
    {
        if (rule.Code != OmlpType)
        {
            throw new ArgumentException($"The rule is for {rule.Code}, the line is {OmlpType}.", nameof(rule));
        }

        var value = KpiValuation.ValueOf(Units, rule);
        if ((KpiValue is { } existing && existing != value) || (KpiCategory is not null && KpiCategory != rule.KpiCategory))
        {
            throw new InvalidOperationException("A line's KPI value is fixed when it is recorded (R-KPI-2).");
        }

        KpiValue = value;
        KpiCategory = rule.KpiCategory;
    }
}
