using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>A case in a list: the partner's own list and support's queue.</summary>
public sealed record CaseRow(int Id, string PartnerId, string PartnerName, int Month, int Year, string OmlpType, int UnitsPurchased,
    string InvoiceNumber, decimal KpiValue, Money RevenueValue, DiscrepancyStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset LastChangedAt,
    string? AssignedTo, DateTimeOffset? ResolvedAt, string? Resolution, decimal? KpiChange)
{
    /// <summary>
    /// Projects already filtered, ordered and limited cases with their partner, keeping their order (a record cannot be
    /// ordered by in SQL, and a join after the limit would not keep it).
    /// </summary>
    internal static IQueryable<CaseRow> Of(PortalDbContext db, IQueryable<DiscrepancyCase> ordered) =>
        ordered.AsNoTracking().Select(c => new CaseRow(c.Id,
            db.PartnerOrganisations.Where(o => o.Id == c.PartnerOrganisationId).Select(o => o.PartnerId).First(),
            db.PartnerOrganisations.Where(o => o.Id == c.PartnerOrganisationId).Select(o => o.Name).First(),
            c.Month, c.Year, c.OmlpType, c.UnitsPurchased, c.InvoiceNumber, c.KpiValue, c.RevenueValue,
            c.Status, c.SubmittedAt, c.LastChangedAt, c.AssignedTo, c.ResolvedAt, c.Resolution, c.KpiChange));
}
