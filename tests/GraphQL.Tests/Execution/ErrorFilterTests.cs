using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>builder.AddErrorFilter: rewriting the errors made from resolver exceptions.</summary>
public sealed class ErrorFilterTests
{
    private const string Sdl = "type Query { fails: String ok: String }";

    private static void Resolvers(SchemaBuilderOptions o)
    {
        o.PureResolvers["Query"]["fails"] = _ => throw new TimeoutException("the disk is slow");
        o.PureResolvers["Query"]["ok"] = _ => "fine";
    }

    [Fact]
    public async Task AFilterRewritesTheMessageAndCodeOfAnErrorFromItsException()
    {
        var executor = Create(Sdl, Resolvers, configure: b => b.AddErrorFilter<TimeoutFilter>());

        var json = await executor.RunAsync("{ fails ok }");

        Assert.Equal(
            J("{'errors':[{'message':'Try again later.','locations':[{'line':1,'column':3}],'path':['fails'],'extensions':{'code':'SLOW'}}],'data':{'fails':null,'ok':'fine'}}"),
            json);
    }

    [Fact]
    public async Task FiltersRunInTheOrderTheyWereAddedEachSeeingThePreviousResult()
    {
        var seen = new List<string>();
        var executor = Create(Sdl, Resolvers, configure: b => b
            .AddErrorFilter(e => { seen.Add("first:" + e.Message); return e.WithMessage("one"); })
            .AddErrorFilter(e => { seen.Add("second:" + e.Message); return e.WithMessage(e.Message + " two"); }));

        var json = await executor.RunAsync("{ fails }");

        Assert.Equal(new[] { "first:Unexpected Execution Error", "second:one" }, seen);
        Assert.Contains(J("'message':'one two'"), json, StringComparison.Ordinal);
        Assert.Contains(J("'code':'INTERNAL_SERVER_ERROR'"), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterThatThrowsIsLoggedAndTheErrorStaysAsItWas()
    {
        var logged = new CapturingLoggerProvider();
        var executor = Create(Sdl, Resolvers, configure: b =>
        {
            b.Services.AddLogging(l => l.AddProvider(logged));
            b.AddErrorFilter(_ => throw new InvalidOperationException("filter bug"));
            b.AddErrorFilter(e => e.WithCode("AFTER"));
        });

        var json = await executor.RunAsync("{ fails }");

        Assert.Equal(
            J("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['fails'],'extensions':{'code':'AFTER'}}],'data':{'fails':null}}"),
            json);
        Assert.DoesNotContain("filter bug", json, StringComparison.Ordinal);
        var entry = Assert.Single(logged.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("filter bug", entry.Exception?.Message);
    }

    [Fact]
    public async Task WithoutFiltersTheErrorIsTheDefaultOne()
    {
        var json = await Create(Sdl, Resolvers).RunAsync("{ fails }");

        Assert.Contains(J("'message':'Unexpected Execution Error'"), json, StringComparison.Ordinal);
        Assert.Contains(J("'code':'INTERNAL_SERVER_ERROR'"), json, StringComparison.Ordinal);
    }

    private sealed class TimeoutFilter : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error) =>
            error.Exception is TimeoutException ? error.WithMessage("Try again later.").WithCode("SLOW") : error;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, exception));
        }

        public void Dispose()
        {
        }
    }
}
