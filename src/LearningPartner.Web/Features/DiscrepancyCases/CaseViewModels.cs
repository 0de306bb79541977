using LearningPartner.Application.Common;
using LearningPartner.Application.DiscrepancyCases;

namespace LearningPartner.Web.Features.DiscrepancyCases;

/// <summary>The case form (R-DSC-1): blank, pre-filled from a dashboard row, or sent back with its messages.</summary>
public sealed record CaseFormViewModel(PartnerContext Partner, IReadOnlyList<OmlpChoice> OmlpTypes, CaseInput Case);

/// <summary>A case as its partner sees it, with the form to answer support's question.</summary>
public sealed record CaseDetailsViewModel(CaseView Case, CaseMessageInput Reply);
