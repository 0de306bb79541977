using System.Text.Json;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

/// <summary>How a preview row's cells are stored: one JSON object, column name to text (issue 20.5).</summary>
internal static class InvoiceRowCellsJson
{
    public static string Write(InvoiceRowCells cells) => JsonSerializer.Serialize(cells);

    public static InvoiceRowCells Read(string json) => JsonSerializer.Deserialize<InvoiceRowCells>(json)!;
}
