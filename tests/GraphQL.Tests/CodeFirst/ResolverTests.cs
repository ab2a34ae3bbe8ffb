using System.Security.Claims;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst;

public sealed class ResolverTests
{
    public interface IClock
    {
        DateTimeOffset Now { get; }
    }

    public sealed class FixedClock : IClock
    {
        public DateTimeOffset Now => new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    }

    public sealed class Greeter
    {
        public string Greet(string name) => "Hello, " + name;
    }

    public sealed class Book
    {
        public string Title { get; set; } = "";
        public int Pages { get; set; }

        public string Summary(int maxLength) => Title.Length <= maxLength ? Title : Title.Substring(0, maxLength);
    }

    public sealed class Counter
    {
        public int Calls { get; set; }
    }

    [QueryType]
    public sealed class BookQueries
    {
        private readonly Counter _counter;

        public BookQueries(Counter counter) => _counter = counter;

        public Book GetBook(string title, short pages) => new() { Title = title, Pages = pages };

        public long[] Doubles(List<int> values) => values.Select(v => v * 2L).ToArray();

        public string Now(IClock clock) => clock.Now.ToString("O");

        public string Greet([Service] Greeter greeter, string name) => greeter.Greet(name);

        public string? WhoAmI(ClaimsPrincipal user) => user.Identity?.Name;

        public bool Cancelled(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested;

        public string FieldName(IResolverContext context) => context.Field.Name;

        public async Task<int> CountAsync()
        {
            await Task.Yield();
            return ++_counter.Calls;
        }

        public ValueTask<string> Echo(string text) => new(text);

        public async IAsyncEnumerable<int> GetRange(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
    }

    [ExtendObjectType(typeof(Book))]
    public static class BookExtensions
    {
        public static string Shout([Parent] Book book) => book.Title.ToUpperInvariant();

        public static int Double(Book book, int factor = 2) => book.Pages * factor;
    }

    private static Schema BuildSchema() =>
        new CodeFirstSchemaBuilder().AddQueryType<BookQueries>().AddTypeExtension(typeof(BookExtensions)).Build();

    private static IServiceProvider Services() =>
        new ServiceCollection().AddSingleton<IClock, FixedClock>().AddSingleton<Greeter>().AddSingleton<Counter>().BuildServiceProvider();

    [Fact]
    public async Task ArgumentsAreConvertedToTheParameterTypes()
    {
        var context = new FakeResolverContext(BuildSchema(), "Query", "book") { Services = Services() };
        context.Arguments["title"] = "Dune";
        context.Arguments["pages"] = 412;

        var book = Assert.IsType<Book>(await context.ResolveAsync());

        Assert.Equal("Dune", book.Title);
        Assert.Equal(412, book.Pages);
    }

    [Fact]
    public async Task ListArgumentsBecomeTheDeclaredCollection()
    {
        var context = new FakeResolverContext(BuildSchema(), "Query", "doubles") { Services = Services() };
        context.Arguments["values"] = new List<object?> { 1, 2, 3 };

        Assert.Equal(new long[] { 2, 4, 6 }, await context.ResolveAsync());
    }

    [Fact]
    public async Task InterfaceParametersAreServicesAndAttributedParametersToo()
    {
        var schema = BuildSchema();
        var now = new FakeResolverContext(schema, "Query", "now") { Services = Services() };
        var greet = new FakeResolverContext(schema, "Query", "greet") { Services = Services() };
        greet.Arguments["name"] = "Ada";

        Assert.Equal("2026-01-02T03:04:05.0000000+00:00", await now.ResolveAsync());
        Assert.Equal("Hello, Ada", await greet.ResolveAsync());
        Assert.Empty(schema.QueryType.Fields["now"]!.Arguments);
        Assert.Equal(new[] { "name" }, schema.QueryType.Fields["greet"]!.Arguments.Select(a => a.Name));
    }

    [Fact]
    public async Task TheClaimsPrincipalComesFromTheContextData()
    {
        var context = new FakeResolverContext(BuildSchema(), "Query", "whoAmI") { Services = Services() };
        context.ContextData[ContextDataKeys.User] = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "ada") }, "test"));

        Assert.Equal("ada", await context.ResolveAsync());
    }

    [Fact]
    public async Task AMissingUserIsAnAnonymousPrincipal()
    {
        var context = new FakeResolverContext(BuildSchema(), "Query", "whoAmI") { Services = Services() };

        Assert.Null(await context.ResolveAsync());
    }

    [Fact]
    public async Task TheCancellationTokenIsTheRequestAbortedToken()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var context = new FakeResolverContext(BuildSchema(), "Query", "cancelled") { Services = Services(), RequestAborted = source.Token };

        Assert.Equal(true, await context.ResolveAsync());
    }

    [Fact]
    public async Task TheResolverContextItselfCanBeAParameter()
    {
        var context = new FakeResolverContext(BuildSchema(), "Query", "fieldName") { Services = Services() };

        Assert.Equal("fieldName", await context.ResolveAsync());
    }

    [Fact]
    public async Task TasksAndValueTasksAreAwaited()
    {
        var schema = BuildSchema();
        var services = Services();
        var echo = new FakeResolverContext(schema, "Query", "echo") { Services = services };
        echo.Arguments["text"] = "hi";

        Assert.Equal(1, await new FakeResolverContext(schema, "Query", "count") { Services = services }.ResolveAsync());
        Assert.Equal("hi", await echo.ResolveAsync());
    }

    [Fact]
    public async Task AnAsyncEnumerableOfAQueryFieldIsReadAsAList()
    {
        var context = new FakeResolverContext(BuildSchema(), "Query", "range") { Services = Services() };
        context.Arguments["count"] = 3;

        Assert.Equal(new List<int> { 0, 1, 2 }, await context.ResolveAsync());
    }

    [Fact]
    public async Task RootClassesAreCreatedWithConstructorServicesWhenNotRegistered()
    {
        var schema = BuildSchema();
        var services = Services();

        await new FakeResolverContext(schema, "Query", "count") { Services = services }.ResolveAsync();
        var second = await new FakeResolverContext(schema, "Query", "count") { Services = services }.ResolveAsync();

        Assert.Equal(2, second);
    }

    [Fact]
    public void PropertiesGetPureResolversAndMethodsAsyncOnes()
    {
        var book = (ObjectType)BuildSchema().GetType("Book")!;

        Assert.NotNull(book.Fields["title"]!.PureResolver);
        Assert.Null(book.Fields["title"]!.Resolver);
        Assert.NotNull(book.Fields["summary"]!.Resolver);
    }

    [Fact]
    public async Task PropertyAndMethodResolversReadTheParent()
    {
        var schema = BuildSchema();
        var parent = new Book { Title = "Dune Messiah", Pages = 256 };
        var title = new FakeResolverContext(schema, "Book", "title") { Parent = parent };
        var summary = new FakeResolverContext(schema, "Book", "summary") { Parent = parent };
        summary.Arguments["maxLength"] = 4;

        Assert.Equal("Dune Messiah", await title.ResolveAsync());
        Assert.Equal("Dune", await summary.ResolveAsync());
    }

    [Fact]
    public async Task ExtensionMethodsReceiveTheParentByAttributeOrByType()
    {
        var schema = BuildSchema();
        var parent = new Book { Title = "Emma", Pages = 100 };
        var shout = new FakeResolverContext(schema, "Book", "shout") { Parent = parent };
        var doubled = new FakeResolverContext(schema, "Book", "double") { Parent = parent };
        doubled.Arguments["factor"] = 3;

        Assert.Equal("EMMA", await shout.ResolveAsync());
        Assert.Equal(300, await doubled.ResolveAsync());
        Assert.Equal("type Book {\n  title: String!\n  pages: Int!\n  summary(maxLength: Int!): String!\n  shout: String!\n  double(factor: Int! = 2): Int!\n}", Sdl.PrintType(schema.GetType("Book")!));
    }
}
