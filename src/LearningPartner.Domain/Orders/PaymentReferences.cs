using System.Security.Cryptography;

namespace LearningPartner.Domain.Orders;

/// <summary>Wire-transfer payment references (R-FEE-2): short, unambiguous, random; unique in the database.</summary>
public static class PaymentReferences
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>E.g. "LP2611-7KQ2M9XD" for an enrollment, "LR2611-…" for a renewal.</summary>
    public static string New(string prefix, DateOnly today) =>
        $"{prefix}{today:yyMM}-{string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        })}";

    /// <summary>
    /// R-FEE-3: the reference a partner gives its bank with the transfer: the order's number and the partner id, e.g.
    /// "LP2611-7KQ2M9XD/4100003" — letters, digits, '-' and '/' only, which every wire format carries, in at most 35 characters.
    /// </summary>
    public static string Transfer(string orderNumber, string partnerId) => $"{orderNumber}/{partnerId}";
}
