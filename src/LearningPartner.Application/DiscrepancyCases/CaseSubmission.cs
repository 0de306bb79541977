using LearningPartner.Application.Common;
using LearningPartner.Domain.Discrepancies;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>A KPI discrepancy case as a partner admin submits it (R-DSC-1): the claim, a description, the optional invoice (R-DSC-3).</summary>
public sealed record CaseSubmission(DiscrepancyClaim Claim, string? Description, UploadedFile? Evidence);
