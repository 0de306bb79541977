namespace LearningPartner.Domain.Partners;

/// <summary>
/// R-ORG-2: an organisation always keeps an active partner admin — the last one can be neither demoted nor deactivated,
/// or nobody could manage its people again without staff.
/// </summary>
public static class LastPartnerAdmin
{
    /// <summary>A membership as the rule needs it.</summary>
    public sealed record Member(int Id, string? Role, bool Active);

    /// <summary>
    /// True when, after <paramref name="targetId"/> takes <paramref name="newRole"/> (null: keeps its role) and is
    /// deactivated when <paramref name="deactivate"/>, an active partner admin remains — or when none was there before
    /// (a change that does not take the last one away is not this rule's business).
    /// </summary>
    public static bool Allows(IReadOnlyCollection<Member> members, int targetId, string? newRole, bool deactivate)
    {
        static bool IsAdmin(Member m) => m.Active && m.Role == PortalRoles.PartnerAdmin;
        if (!members.Any(IsAdmin))
        {
            return true;
        }

        return members
            .Select(m => m.Id != targetId ? m : m with { Role = newRole ?? m.Role, Active = m.Active && !deactivate })
            .Any(IsAdmin);
    }
}
