using System.IO;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>
/// MaxIntrospectionDepthRule (graphql-js's recommended, non-spec rule): the list fields of introspection may not
/// nest three deep, directly or through fragments.
/// </summary>
public sealed class MaxIntrospectionDepthRuleTests : ValidationTest
{
    private const string Message = "Maximum introspection depth exceeded";

    public MaxIntrospectionDepthRuleTests() : base(c => new MaxIntrospectionDepthRule(c)) { }

    [Fact]
    public void TheFullIntrospectionQueryOfTheConformanceSuiteIsAllowed()
    {
        var cases = File.ReadAllText(Path.Combine(Conformance.ConformanceCorpus.SuiteDirectory, "cases", "i01-full-introspection.graphql"));
        ExpectValid(cases);
    }

    [Fact]
    public void ThreeListsSideBySideAreAllowed()
    {
        ExpectValid(@"
      {
        __schema { types { fields { name } interfaces { name } possibleTypes { name } inputFields { name } } }
      }");
    }

    [Fact]
    public void TwoNestedListsAreAllowed()
    {
        ExpectValid(@"
      {
        __type(name: ""Dog"") { fields { type { fields { name } } } }
      }");
    }

    [Theory]
    [InlineData("fields")]
    [InlineData("interfaces")]
    [InlineData("possibleTypes")]
    [InlineData("inputFields")]
    public void ThreeNestedListsOfOneKindAreRejectedAtTheIntrospectionField(string list)
    {
        ExpectErrors(
            "{\n  __schema {\n    types { " + list + " { type { " + list + " { type { " + list + " { name } } } } } }\n  }\n}",
            (Message, 2, 3));
    }

    [Fact]
    public void ListsOfDifferentKindsCountTogether()
    {
        ExpectErrors(@"
      {
        __type(name: ""Pet"") { possibleTypes { interfaces { fields { name } } } }
      }",
            (Message, 3, 9));
    }

    [Fact]
    public void EachIntrospectionFieldIsReportedOnce()
    {
        ExpectErrors(@"
      {
        a: __schema { types { fields { type { fields { type { fields { name } } } } } } }
        b: __schema { types { fields { name } } }
        c: __type(name: ""Dog"") { fields { type { fields { type { fields { name } } } } } }
      }",
            (Message, 3, 9),
            (Message, 5, 9));
    }

    [Fact]
    public void DepthIsCountedThroughFragmentsAndInlineFragments()
    {
        ExpectErrors(@"
      {
        __schema { types { ...Level1 } }
      }
      fragment Level1 on __Type { fields { type { ... on __Type { ...Level2 } } } }
      fragment Level2 on __Type { fields { type { fields { name } } } }",
            (Message, 3, 9));
    }

    [Fact]
    public void AFragmentUsedAtDifferentDepthsIsCheckedAtTheDeeperOne()
    {
        ExpectErrors(@"
      {
        shallow: __type(name: ""Dog"") { ...TwoLists }
        deep: __type(name: ""Dog"") { fields { type { ...TwoLists } } }
      }
      fragment TwoLists on __Type { fields { type { fields { name } } } }",
            (Message, 4, 9));
    }

    [Fact]
    public void CyclicFragmentsEndWithoutAnError()
    {
        // The cycle itself is NoFragmentCyclesRule's error; this rule must simply terminate.
        ExpectValid(@"
      {
        __schema { types { ...A } }
      }
      fragment A on __Type { ofType { ...B } }
      fragment B on __Type { ofType { ...A } }");
    }

    [Fact]
    public void FieldsNamedLikeIntrospectionListsOutsideIntrospectionAreNotCounted()
    {
        ExpectValid(@"
      {
        dog { name }
      }");
    }

    [Fact]
    public void TheRuleIsNotOneOfTheSpecifiedRulesButIsRecommended()
    {
        var document = GraphQL.Language.Parser.Parse("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        Assert.True(DocumentValidator.Validate(TestSchema.Default, document).IsValid);
        var error = Assert.Single(DocumentValidator.Validate(TestSchema.Default, document, new ValidationOptions { IncludeRecommendedRules = true }).Errors);
        Assert.Equal(Message, error.Message);
    }
}
