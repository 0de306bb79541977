using LearningPartner.Domain.Invitations;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;

namespace LearningPartner.Infrastructure.Seeding;

/// <summary>
/// R-ORG-2: one open invitation for Contoso, so its invitations page has something to show. Demo data only: its token is
/// written here (a real invitation's token is random and never stored), so anyone can open /invitations/{token} of the demo —
/// and only a person signed in with the invited address could accept it, which no persona is.
/// </summary>
public static class DemoInvitations
{
    /// <summary>The demo invitation's token (public: demo data only, never seeded outside the demo world).</summary>
    public const string JordanLeeToken = "demo-invitation-jordan-lee-contoso-learning";

    public const string JordanLeeEmail = "jordan.lee@contoso-learning.example";

    public static void Add(PortalDbContext db, PartnerOrganisation contoso, DateTimeOffset now) =>
        db.Invitations.Add(new Invitation(contoso.Id, JordanLeeEmail, PortalRoles.PartnerUser, Invitation.HashOf(JordanLeeToken),
            DemoPersonas.ContosoAdmin.DisplayName, now.AddDays(-2), TimeSpan.FromDays(14)));
}
