namespace LearningPartner.FunctionalTests.Support;

/// <summary>
/// Two portal instances on one database file, as behind a load balancer (issue 12). The first is started — it migrates,
/// seeds and makes the key ring — before the second is made on the same file.
/// </summary>
public abstract class TwoInstances : IDisposable
{
    protected TwoInstances()
    {
        _ = First.Server;
        Second = PortalFactory.SharingDatabaseWith(First);
    }

    protected PortalFactory First { get; } = new();

    protected PortalFactory Second { get; }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
        GC.SuppressFinalize(this);
    }
}
