using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class AbstractTypeTests
{
    [InterfaceType]
    public interface INode
    {
        [ID]
        int Id { get; }
    }

    [InterfaceType]
    public abstract class Animal : INode
    {
        [ID]
        public int Id { get; set; }
        public string Name { get; set; } = "";
    }

    public sealed class Dog : Animal
    {
        public bool GoodBoy { get; set; }
    }

    public sealed class Cat : Animal
    {
        public int Lives { get; set; }
    }

    [UnionType("SearchResult")]
    public interface ISearchResult
    {
    }

    public sealed class Article : ISearchResult
    {
        public string Title { get; set; } = "";
    }

    public sealed class Video : ISearchResult
    {
        public int Seconds { get; set; }
    }

    [QueryType]
    public static class Queries
    {
        public static INode? Node([ID] int id) => null;

        public static IEnumerable<Animal> Animals() => new Animal[] { new Dog(), new Cat() };

        public static ISearchResult[] Search(string text) => Array.Empty<ISearchResult>();
    }

    private static Schema BuildSchema() =>
        new CodeFirstSchemaBuilder()
            .AddTypeExtension(typeof(Queries))
            .AddType<Dog>()
            .AddType<Cat>()
            .AddType<Article>()
            .AddType<Video>()
            .Build();

    [Fact]
    public void InterfacesAndUnionsAreMadeFromMarkedInterfacesAndAbstractClasses()
    {
        Assert.Equal(
            """
            interface Animal implements Node {
              id: ID!
              name: String!
            }

            type Article {
              title: String!
            }

            type Cat implements Animal & Node {
              lives: Int!
              id: ID!
              name: String!
            }

            type Dog implements Animal & Node {
              goodBoy: Boolean!
              id: ID!
              name: String!
            }

            interface Node {
              id: ID!
            }

            type Query {
              node(id: ID!): Node
              animals: [Animal!]!
              search(text: String!): [SearchResult!]!
            }

            union SearchResult = Article | Video

            type Video {
              seconds: Int!
            }

            """.ReplaceLineEndings("\n"),
            Sdl.Print(BuildSchema()));
    }

    [Fact]
    public void TheObjectTypeOfAnAbstractValueIsFoundFromItsDotNetType()
    {
        var schema = BuildSchema();
        var animal = (InterfaceType)schema.GetType("Animal")!;
        var result = (UnionType)schema.GetType("SearchResult")!;
        var context = new FakeResolverContext(schema, "Query", "animals");

        Assert.Equal("Cat", animal.ResolveType!(context, new Cat())!.Name);
        Assert.Equal("Video", result.ResolveType!(context, new Video())!.Name);
    }
}
