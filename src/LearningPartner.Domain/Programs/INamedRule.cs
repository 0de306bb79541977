using System.Globalization;

namespace LearningPartner.Domain.Programs;

/// <summary>
/// Something a rule set names for people: a competency, an OMLP type, a KPI category, a market (region group). The rule set
/// publishes its name in English (<see cref="Name"/>, also the API's) and in Simplified Chinese (<see cref="NameZh"/>,
/// ADR-019); the code is the portal's key, never shown as a name.
/// </summary>
public interface INamedRule
{
    string Code { get; }

    string Name { get; }

    string? NameZh { get; }
}
