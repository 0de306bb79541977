namespace LearningPartner.Domain.FactImports;

/// <summary>R-MCT-1: the records staff already hold and import to verify trainer and exam facts in bulk.</summary>
public enum FactImportKind
{
    /// <summary>An MCT roster: who is a Microsoft Certified Trainer, for which partner, until when.</summary>
    MctRoster = 1,

    /// <summary>An exam results export: who at which partner passed which exam, when.</summary>
    ExamResults = 2,
}
