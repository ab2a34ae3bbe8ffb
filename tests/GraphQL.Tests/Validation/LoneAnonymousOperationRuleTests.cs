using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>LoneAnonymousOperationRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class LoneAnonymousOperationRuleTests : ValidationTest
{
    public LoneAnonymousOperationRuleTests() : base(c => new LoneAnonymousOperationRule(c)) { }

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
    public void MultipleNamedOperations()
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
    public void AnonOperationWithFragment()
    {
        ExpectValid(@"
      {
        ...Foo
      }
      fragment Foo on Type {
        field
      }
    ");
    }

    [Fact]
    public void MultipleAnonOperations()
    {
        ExpectErrors(@"
      {
        fieldA
      }
      {
        fieldB
      }
    ",
            Err("This anonymous operation must be the only defined operation.", (2, 7)),
            Err("This anonymous operation must be the only defined operation.", (5, 7)));
    }

    [Fact]
    public void AnonOperationWithAMutation()
    {
        ExpectErrors(@"
      {
        fieldA
      }
      mutation Foo {
        fieldB
      }
    ",
            Err("This anonymous operation must be the only defined operation.", (2, 7)));
    }

    [Fact]
    public void AnonOperationWithASubscription()
    {
        ExpectErrors(@"
      {
        fieldA
      }
      subscription Foo {
        fieldB
      }
    ",
            Err("This anonymous operation must be the only defined operation.", (2, 7)));
    }
}
