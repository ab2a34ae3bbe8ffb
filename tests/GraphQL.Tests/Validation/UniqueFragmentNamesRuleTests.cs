using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>UniqueFragmentNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class UniqueFragmentNamesRuleTests : ValidationTest
{
    public UniqueFragmentNamesRuleTests() : base(c => new UniqueFragmentNamesRule(c)) { }

    [Fact]
    public void NoFragments()
    {
        ExpectValid(@"
      {
        field
      }
    ");
    }

    [Fact]
    public void OneFragment()
    {
        ExpectValid(@"
      {
        ...fragA
      }

      fragment fragA on Type {
        field
      }
    ");
    }

    [Fact]
    public void ManyFragments()
    {
        ExpectValid(@"
      {
        ...fragA
        ...fragB
        ...fragC
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragB on Type {
        fieldB
      }
      fragment fragC on Type {
        fieldC
      }
    ");
    }

    [Fact]
    public void InlineFragmentsAreAlwaysUnique()
    {
        ExpectValid(@"
      {
        ...on Type {
          fieldA
        }
        ...on Type {
          fieldB
        }
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
    public void FragmentsNamedTheSame()
    {
        ExpectErrors(@"
      {
        ...fragA
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }
    ",
            Err("There can be only one fragment named \"fragA\".", (5, 16), (8, 16)));
    }

    [Fact]
    public void FragmentsNamedTheSameWithoutBeingReferenced()
    {
        ExpectErrors(@"
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }
    ",
            Err("There can be only one fragment named \"fragA\".", (2, 16), (5, 16)));
    }
}
