namespace LearningPartner.Web.Features.Common;

/// <summary>A page taken from <see cref="PartnerPageCache"/> or built, with the data version it is kept under.</summary>
public sealed record KeptPage<TPage>(TPage Page, long DataVersion);
