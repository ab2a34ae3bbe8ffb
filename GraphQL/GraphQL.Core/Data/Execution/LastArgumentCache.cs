namespace GraphQL.Data.Execution;

/// <summary>
/// What a field's data middleware built from its last argument value (a filter predicate, sort keys),
/// reused while the executor hands it the same value. Arguments written as literals are coerced
/// once per cached operation plan and shared by its requests (the same instance); values from
/// variables are new instances every request and are compared by content (<see cref="ArgumentContent"/>),
/// so a client repeating its variables skips the build too, and other values rebuild. Built values are
/// immutable expression trees whose values sit in closure fields, safe to share.
/// </summary>
internal sealed class LastArgumentCache<TValue> where TValue : class
{
    private Entry? _last;

    /// <summary>The value built for <paramref name="argument"/> under <paramref name="discriminator"/> (options, in-memory or not), or null.</summary>
    public TValue? Get(object argument, object? discriminator)
    {
        var last = Volatile.Read(ref _last);
        return last is not null && ReferenceEquals(last.Discriminator, discriminator) && ArgumentContent.Same(last.Argument, argument) ? last.Value : null;
    }

    public TValue Set(object argument, object? discriminator, TValue value)
    {
        Volatile.Write(ref _last, new Entry(argument, discriminator, value));
        return value;
    }

    private sealed record Entry(object Argument, object? Discriminator, TValue Value);
}
