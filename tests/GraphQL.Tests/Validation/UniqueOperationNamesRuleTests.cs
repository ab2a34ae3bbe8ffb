using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>UniqueOperationNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class UniqueOperationNamesRuleTests : ValidationTest
{
    public UniqueOperationNamesRuleTests() : base(c => new UniqueOperationNamesRule(c)) { }

    [Fact]
    public void NoOperations()
    {
        ExpectValid(@"
      fragment fragA on Type {
        field
      }
    ");
    }

    [Fact]
    public void OneAnonOperation()
    {
        ExpectValid(@"
      {
        field
      }
    ");
    }

    [Fact]
    public void OneNamedOperation()
    {
        ExpectValid(@"
      query Foo {
        field
      }
    ");
    }

    [Fact]
    public void MultipleOperations()
    {
        ExpectValid(@"
      query Foo {
        field
      }

      query Bar {
        field
      }
    ");
    }

    [Fact]
    public void MultipleOperationsOfDifferentTypes()
    {
        ExpectValid(@"
      query Foo {
        field
      }

      mutation Bar {
        field
      }

      subscription Baz {
        field
      }
    ");
    }

    [Fact]
    public void FragmentAndOperationNamedTheSame()
    {
        ExpectValid(@"
      query Foo {
        ...Foo
      }
      fragment Foo on Type {
        field
      }
    ");
    }

    [Fact]
    public void MultipleOperationsOfSameName()
    {
        ExpectErrors(@"
      query Foo {
        fieldA
      }
      query Foo {
        fieldB
      }
    ",
            Err("There can be only one operation named \"Foo\".", (2, 13), (5, 13)));
    }

    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypesMutation()
    {
        ExpectErrors(@"
      query Foo {
        fieldA
      }
      mutation Foo {
        fieldB
      }
    ",
            Err("There can be only one operation named \"Foo\".", (2, 13), (5, 16)));
    }

    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypesSubscription()
    {
        ExpectErrors(@"
      query Foo {
        fieldA
      }
      subscription Foo {
        fieldB
      }
    ",
            Err("There can be only one operation named \"Foo\".", (2, 13), (5, 20)));
    }
}
