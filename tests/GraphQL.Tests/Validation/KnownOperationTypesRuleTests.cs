using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>KnownOperationTypesRule (spec §5.2.1.1 Operation Type Existence), as graphql-js 17 words it.</summary>
public sealed class KnownOperationTypesRuleTests : ValidationTest
{
    private static readonly Schema QueryOnly = TestSchemaBuilder.FromSdl("type Query { hello: String }");

    public KnownOperationTypesRuleTests() : base(c => new KnownOperationTypesRule(c)) { }

    [Fact]
    public void AQueryIsSupportedByEverySchema() => ExpectValidWithSchema(QueryOnly, "query helloQuery { hello }");

    [Fact]
    public void TheShorthandQueryIsSupported() => ExpectValidWithSchema(QueryOnly, "{ hello }");

    [Fact]
    public void AMutationOnASchemaWithoutMutationRootIsReported() =>
        ExpectErrorsWithSchema(QueryOnly, @"
      mutation goodbyeMutation {
        goodbye
      }",
            Err("The mutation operation is not supported by the schema.", (2, 7)));

    [Fact]
    public void ASubscriptionOnASchemaWithoutSubscriptionRootIsReported() =>
        ExpectErrorsWithSchema(QueryOnly, "subscription { hello } mutation M { hello }",
            Err("The subscription operation is not supported by the schema.", (1, 1)),
            Err("The mutation operation is not supported by the schema.", (1, 24)));

    [Fact]
    public void AMutationOnASchemaWithMutationRootIsValid() =>
        ExpectValidWithSchema(TestSchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }"), "mutation { b }");
}
