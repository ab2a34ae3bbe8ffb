namespace Boutique.Tests.Graph;

/// <summary>
/// Host tests run one after another: WebApplicationFactory and in-process runs of Program.Main both
/// hook the process-wide host-building events, so two at once could capture each other's host.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection
{
    public const string Name = "Host";
}
