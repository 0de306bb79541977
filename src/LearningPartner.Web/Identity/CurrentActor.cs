using LearningPartner.Infrastructure.Auditing;

namespace LearningPartner.Web.Identity;

/// <summary>The audit trail's actor: the signed-in user of the current request, or "system".</summary>
internal sealed class CurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Describe()
    {
        var user = accessor.HttpContext?.User;
        var objectId = user?.PortalObjectId();
        return objectId is null ? "system" : $"{objectId} ({user!.PortalName()})";
    }
}
