using System.Text.Json;
using System.Text.Json.Serialization;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// The facts an order's notice is put into words from (R-FEE-2, R-FEE-3), as they were when it happened: the option by its
/// competency's name (partners never read raw codes), the amount and the dates. Stored as JSON on the notice; the words are
/// chosen when it is read or mailed, in the reader's language.
/// </summary>
public sealed record OrderNoticeFacts(
    int OrderId,
    string PartnerId,
    string OrderNumber,
    OrderKind OrderKind,
    LearningLevel Level,
    string? CompetencyName,
    decimal Amount,
    string Currency,
    DateOnly ExpiresOn)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The competency's code, so the notice names it in its reader's language (ADR-019); null for the Learning Action Pack and for
    /// notices stored before it was kept, which show <see cref="CompetencyName"/> as stored.
    /// </summary>
    public string? CompetencyCode { get; init; }

    /// <summary>Placed: R-FEE-3's transfer reference ("{order number}/{partner id}").</summary>
    public string? TransferReference { get; init; }

    /// <summary>Placed: the wire instructions of the order's currency as the partner was given them.</summary>
    public WireInstructions? Wire { get; init; }

    /// <summary>Confirmed: the anniversary date the active option now runs to (R-DATE-3).</summary>
    public DateOnly? AnniversaryDate { get; init; }

    /// <summary>Rejected: support's reason, as written.</summary>
    public string? Reason { get; init; }

    /// <summary>Expired: its proof of payment still awaited support's decision, so it can be re-created without paying again.</summary>
    public bool ProofAwaiting { get; init; }

    [JsonIgnore]
    public Money Price => new(Amount, Currency);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OrderNoticeFacts FromJson(string json) =>
        JsonSerializer.Deserialize<OrderNoticeFacts>(json, Json) ?? throw new FormatException("An order notice without facts.");
}
