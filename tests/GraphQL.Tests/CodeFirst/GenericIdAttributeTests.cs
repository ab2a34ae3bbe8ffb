using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst;

public sealed class GenericIdAttributeTests
{
    [Node]
    [GraphQLName("Item")]
    public sealed class Article
    {
        public int Id { get; init; }

        [NodeResolver]
        public static Article GetById(int id) => new() { Id = id };
    }

    public sealed class Review
    {
        [ID<Article>]
        public int ArticleId { get; init; } = 7;
    }

    public sealed class ReviewQuery
    {
        public Review GetReview() => new();

        public Article GetArticle() => new() { Id = 1 };

        public int GetArticleKey([ID<Article>] int id) => id;
    }

    [Fact]
    public void TheGenericIdAttributeMapsToIdAndNamesTheTypeByItsGraphQLName()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<ReviewQuery>().Build();
        var articleId = ((ObjectType)schema.GetType("Review")!).Fields["articleId"]!;
        var argument = schema.QueryType.Fields["articleKey"]!.Arguments[0];

        Assert.Equal("ID!", articleId.Type.ToString());
        Assert.Equal("ID!", argument.Type.ToString());
        Assert.Equal("Item", ((IDAttribute)articleId.Features[CodeFirstFeatures.Id]!).TypeName);
    }

    [Fact]
    public async Task RelayEncodesAndDecodesGenericIdsLikeNamedOnes()
    {
        var executor = new ServiceCollection()
            .AddGraphQL().AddQueryType<ReviewQuery>().AddGlobalObjectIdentification().Services
            .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ review { articleId } articleKey(id: "SXRlbToz") }""" });

        Assert.Equal("""{"data":{"review":{"articleId":"SXRlbTo3"},"articleKey":3}}""", ExecutionResultWriter.ToJson(result));
    }
}
