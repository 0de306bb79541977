namespace LearningPartner.Web.Features.People;

/// <summary>The role a partner admin gives a person of the organisation (R-ORG-2).</summary>
public sealed class ChangeRoleInput
{
    public string? Role { get; set; }
}
