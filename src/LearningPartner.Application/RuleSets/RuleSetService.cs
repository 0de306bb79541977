using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.RuleSets;

/// <summary>R-PRG-1: which program-year rule sets are loaded, the one in force today, and each one's document as loaded.</summary>
public sealed class RuleSetService(PortalDbContext db, ProgramClock clock)
{
    public Task<List<RuleSetRow>> ListAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return db.ProgramYearRuleSets.AsNoTracking()
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Version)
            .Select(r => new RuleSetRow(r.ProgramYear, r.Version, r.EffectiveFrom, r.EffectiveTo, r.LoadedAt, r.ContentHash,
                r.EffectiveFrom <= today && today < r.EffectiveTo))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The JSON document of one version of a program year's rule set; null when there is none.</summary>
    public Task<string?> DocumentAsync(string programYear, int version, CancellationToken cancellationToken) =>
        db.ProgramYearRuleSets.AsNoTracking()
            .Where(r => r.ProgramYear == programYear && r.Version == version)
            .Select(r => r.Document)
            .FirstOrDefaultAsync(cancellationToken);
}
