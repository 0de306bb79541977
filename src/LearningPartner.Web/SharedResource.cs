namespace LearningPartner.Web;

/// <summary>
/// Marker for the shared UI strings: keys are the en-US text, translations live in
/// Resources/SharedResource.zh-CN.resx. (Kept outside Resources/ so the resource name is not bound to this file.)
/// </summary>
public sealed class SharedResource
{
}
