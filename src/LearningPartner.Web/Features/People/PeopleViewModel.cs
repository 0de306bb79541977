using LearningPartner.Application.Common;
using LearningPartner.Application.People;

namespace LearningPartner.Web.Features.People;

/// <summary>The organisation's people, for its partner admins (R-ORG-2).</summary>
public sealed record PeopleViewModel(PartnerContext Partner, IReadOnlyList<PersonRow> People);
