namespace GraphQL.DataLoader;

/// <summary>
/// The keys a loader collected since its last fetch. <see cref="FetchAsync"/> fetches them (a failure is
/// kept for the waiting loads, never thrown); <see cref="Complete"/> then completes the waiting loads: the
/// executor calls it on its own thread so that the continuations of the resolvers run before the next
/// batch is dispatched.
/// </summary>
internal interface IDataLoaderBatch
{
    Task FetchAsync(CancellationToken cancellationToken);

    void Complete();
}

/// <summary>A loader that the request's <see cref="IDataLoaderScope"/> attaches to the executor's scheduler.</summary>
internal interface ISchedulableDataLoader
{
    BatchScheduler? Scheduler { get; set; }
}
