using System.Reflection;

namespace LearningPartner.Infrastructure.RuleSets;

/// <summary>The rule set files embedded in this assembly (RuleSets/*.json).</summary>
public static class ShippedRuleSets
{
    private const string Prefix = "RuleSets.";

    public static IReadOnlyList<(string Name, string Json)> ReadAll()
    {
        var assembly = typeof(ShippedRuleSets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
