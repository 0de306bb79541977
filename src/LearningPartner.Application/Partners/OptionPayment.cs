namespace LearningPartner.Application.Partners;

/// <summary>
/// R-FEE-2: where the wire transfer of an option's open order stands on the day read, so the next step the overview names is
/// the one still to take (issue 24): upload a proof, wait for support's confirmation, or upload a new proof after a rejection.
/// </summary>
public enum OptionPayment
{
    /// <summary>No proof uploaded for the open order yet.</summary>
    AwaitingProof = 1,

    /// <summary>A proof is uploaded; support staff have not decided on it yet.</summary>
    AwaitingConfirmation = 2,

    /// <summary>Support rejected the last proof; the order is still open, so a new proof can be uploaded.</summary>
    ProofRejected = 3,
}
