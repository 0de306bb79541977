using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Common;

/// <summary>An OMLP type offered in a form: its code and name.</summary>
public sealed record OmlpChoice(string Code, string Name)
{
    /// <summary>Every OMLP type of the shipped program years, by code, named as in the latest year that has it.</summary>
    public static List<OmlpChoice> AllIn(RuleSetCatalog catalog) =>
        catalog.All.OrderByDescending(r => r.ProgramYear, StringComparer.Ordinal)
            .SelectMany(r => r.OmlpTypes.Values)
            .DistinctBy(t => t.Code)
            .OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new OmlpChoice(t.Code, t.Name))
            .ToList();
}
