using LearningPartner.Application.Common;

namespace LearningPartner.Web.Identity;

/// <summary>The organisation of the request's <c>{partnerId}</c> route, resolved by <see cref="PartnerRouteAccessFilter"/>.</summary>
public sealed record RoutePartner(PartnerContext Partner);
