namespace LearningPartner.FunctionalTests.Support;

public static class TestPaths
{
    /// <summary>The checkout's root: the folder above the test binaries that holds LearningPartner.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LearningPartner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LearningPartner.sln not found above the test folder.");
    }
}
