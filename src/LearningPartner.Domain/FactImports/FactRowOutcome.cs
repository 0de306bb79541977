namespace LearningPartner.Domain.FactImports;

/// <summary>What the preview of a roster or exam results import found for a row (R-MCT-1).</summary>
public enum FactRowOutcome
{
    /// <summary>No such fact yet: the commit records it as verified.</summary>
    New = 1,

    /// <summary>The same fact is claimed and awaiting verification: the commit verifies the claim.</summary>
    VerifiesClaim = 2,

    /// <summary>The same fact is verified already (or appears earlier in the file): nothing changes.</summary>
    AlreadyRecorded = 3,

    /// <summary>The partner lists this trainer or exam with other values (or staff rejected the claim): nothing changes.</summary>
    Conflict = 4,

    /// <summary>The row cannot be read, or names no partner organisation: nothing changes.</summary>
    Rejected = 5,
}
