namespace LearningPartner.Application.Sessions;

/// <summary>A user with open sign-in sessions, as support staff see them.</summary>
public sealed record OpenSessionsRow(string ObjectId, string DisplayName, int Sessions, DateTimeOffset LatestStart);
