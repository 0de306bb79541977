using LearningPartner.Domain.Partners;
using static LearningPartner.Domain.Partners.LastPartnerAdmin;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-ORG-2: the last active partner admin can be neither demoted nor deactivated. Cases written by hand.</summary>
public sealed class LastPartnerAdminTests
{
    private static readonly Member OnlyAdmin = new(1, "PartnerAdmin", true);
    private static readonly Member SecondAdmin = new(2, "PartnerAdmin", true);
    private static readonly Member DeactivatedAdmin = new(3, "PartnerAdmin", false);
    private static readonly Member User = new(4, "PartnerUser", true);
    private static readonly Member AccountAdmin = new(5, "AccountAdmin", true);

    public static TheoryData<Member[], int, string?, bool, bool> Cases => new()
    {
        // members, target, new role, deactivate, allowed
        { [OnlyAdmin, User], 1, "PartnerUser", false, false }, // demoting the last admin
        { [OnlyAdmin, User], 1, "AccountAdmin", false, false }, // an account admin is not a partner admin (R-ORG-2)
        { [OnlyAdmin, User], 1, null, true, false }, // deactivating the last admin
        { [OnlyAdmin, DeactivatedAdmin, User], 1, "ReportViewer", false, false }, // a deactivated admin does not count
        { [OnlyAdmin, SecondAdmin], 1, "PartnerUser", false, true }, // another active admin remains
        { [OnlyAdmin, SecondAdmin], 2, null, true, true },
        { [OnlyAdmin, User], 4, "PartnerAdmin", false, true }, // promoting someone
        { [OnlyAdmin, User], 4, null, true, true }, // deactivating a user
        { [OnlyAdmin, User], 1, "PartnerAdmin", false, true }, // keeping the role
        { [OnlyAdmin, AccountAdmin], 5, null, true, true },
        { [User, AccountAdmin], 4, "ReportViewer", false, true }, // no admin before (a legacy organisation): not this rule's business
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheLastActivePartnerAdminStays(Member[] members, int target, string? newRole, bool deactivate, bool allowed) =>
        Assert.Equal(allowed, Allows(members, target, newRole, deactivate));
}
