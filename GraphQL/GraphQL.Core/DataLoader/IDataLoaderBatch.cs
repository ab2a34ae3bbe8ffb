namespace GraphQL.DataLoader;

/// <summary>
/// The keys a loader collected since its last fetch. <see cref="FetchAsync"/> fetches them and returns
/// the action that completes the waiting loads: the executor runs that action on its own thread so
/// that the continuations of the resolvers run before the next batch is dispatched.
/// </summary>
internal interface IDataLoaderBatch
{
    Task<Action> FetchAsync(CancellationToken cancellationToken);
}

/// <summary>A loader that the request's <see cref="IDataLoaderScope"/> attaches to the executor's scheduler.</summary>
internal interface ISchedulableDataLoader
{
    BatchScheduler? Scheduler { get; set; }
}
