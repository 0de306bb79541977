namespace LearningPartner.FunctionalTests.Support;

/// <summary>An email read back from the pickup folder: its subject and recipients decoded, and its text and HTML parts.</summary>
public sealed record ReceivedMail(string To, string Subject, string Text, string Html, DateTime WrittenAt)
{
    /// <summary>"To:" and "Subject:" lines, then both parts decoded: what a test searches when any part will do.</summary>
    public string Whole => $"To: {To}\nSubject: {Subject}\n\n{Text}\n\n{Html}";

    public bool IsTo(string email) => To.Contains(email, StringComparison.OrdinalIgnoreCase);
}
