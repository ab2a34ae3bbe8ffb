using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class DescriptorAttributeTests
{
    /// <summary>What [UsePaging] will do: change the type, add an argument, wrap the resolver.</summary>
    private sealed class TakeAttribute : ObjectFieldDescriptorAttribute
    {
        public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
        {
            var item = context.GetOutputType(descriptor.ResultType!.GetGenericArguments()[0]);
            var page = context.GetOrAddType(item.Name + "Page", () => new ObjectType(
                item.Name + "Page",
                () => new[]
                {
                    new FieldDefinition("items", new NonNullType(new ListType(item.AsNonNull()))) { PureResolver = c => c.Parent },
                }));
            descriptor.Type = page.AsNonNull();
            descriptor.ResultType = typeof(List<int>);
            descriptor.Arguments.Add(new InputValueDefinition("take", context.GetInputType(typeof(int))));
            descriptor.Middleware.Add(next => async context =>
            {
                var items = (IQueryable<int>)(await next(context))!;
                return items.Take(context.ArgumentValue<int>("take")).ToList();
            });
        }
    }

    /// <summary>A second middleware, to show the order: the first attribute written is the outermost.</summary>
    private sealed class LogAttribute : ObjectFieldDescriptorAttribute
    {
        public static readonly List<string> Log = new();

        public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member) =>
            descriptor.Middleware.Add(next => async context =>
            {
                Log.Add("before");
                var value = await next(context);
                Log.Add("after");
                return value;
            });
    }

    /// <summary>What a type-level attribute (e.g. [Authorize] on a class) can do: visit every field once they are known.</summary>
    private sealed class ShoutAttribute : ObjectTypeDescriptorAttribute
    {
        public override void OnConfigure(IDescriptorContext context, ObjectTypeDescriptor descriptor, Type type)
        {
            foreach (var field in descriptor.Fields)
            {
                field.Description = field.Name.ToUpperInvariant();
                field.Middleware.Add(next => async c => ((string)(await next(c))!).ToUpperInvariant());
            }
        }
    }

    [Shout]
    public sealed class Greeting
    {
        public string Text { get; init; } = "";
    }

    [QueryType]
    public static class Greetings
    {
        public static Greeting Hello() => new() { Text = "hello" };
    }

    [Fact]
    public async Task ATypeAttributeSeesEveryFieldOfTheType()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(typeof(Greetings)).Build();
        var context = new FakeResolverContext(schema, "Greeting", "text") { Parent = new Greeting { Text = "hi" } };

        Assert.Equal("HI", await context.ResolveAsync());
        Assert.Equal("TEXT", ((GraphQL.Types.ObjectType)schema.GetType("Greeting")!).Fields["text"]!.Description);
    }

    [QueryType]
    public static class Numbers
    {
        [Log]
        [Take]
        public static IQueryable<int> GetNumbers(int from) => Enumerable.Range(from, 100).AsQueryable();
    }

    [Fact]
    public async Task AFieldAttributeRewritesTheTypeAddsArgumentsAndWrapsTheResolver()
    {
        var schema = new CodeFirstSchemaBuilder().AddTypeExtension(typeof(Numbers)).Build();
        var context = new FakeResolverContext(schema, "Query", "numbers");
        context.Arguments["from"] = 5;
        context.Arguments["take"] = 3;

        var value = await context.ResolveAsync();

        Assert.Equal("numbers(from: Int!, take: Int): IntPage!", Sdl.PrintType(schema.QueryType).Split('\n')[1].Trim());
        Assert.Equal(new List<int> { 5, 6, 7 }, value);
        Assert.Equal(new[] { "before", "after" }, LogAttribute.Log);
    }
}
