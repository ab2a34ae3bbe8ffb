using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>FragmentsOnCompositeTypesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests : ValidationTest
{
    public FragmentsOnCompositeTypesRuleTests() : base(c => new FragmentsOnCompositeTypesRule(c)) { }

    [Fact]
    public void ObjectIsValidFragmentType()
    {
        ExpectValid(@"
      fragment validFragment on Dog {
        barks
      }
    ");
    }

    [Fact]
    public void InterfaceIsValidFragmentType()
    {
        ExpectValid(@"
      fragment validFragment on Pet {
        name
      }
    ");
    }

    [Fact]
    public void ObjectIsValidInlineFragmentType()
    {
        ExpectValid(@"
      fragment validFragment on Pet {
        ... on Dog {
          barks
        }
      }
    ");
    }

    [Fact]
    public void InterfaceIsValidInlineFragmentType()
    {
        ExpectValid(@"
      fragment validFragment on Mammal {
        ... on Canine {
          name
        }
      }
    ");
    }

    [Fact]
    public void InlineFragmentWithoutTypeIsValid()
    {
        ExpectValid(@"
      fragment validFragment on Pet {
        ... {
          name
        }
      }
    ");
    }

    [Fact]
    public void UnionIsValidFragmentType()
    {
        ExpectValid(@"
      fragment validFragment on CatOrDog {
        __typename
      }
    ");
    }

    [Fact]
    public void ScalarIsInvalidFragmentType()
    {
        ExpectErrors(@"
      fragment scalarFragment on Boolean {
        bad
      }
    ",
            Err("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (2, 34)));
    }

    [Fact]
    public void EnumIsInvalidFragmentType()
    {
        ExpectErrors(@"
      fragment scalarFragment on FurColor {
        bad
      }
    ",
            Err("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (2, 34)));
    }

    [Fact]
    public void InputObjectIsInvalidFragmentType()
    {
        ExpectErrors(@"
      fragment inputFragment on ComplexInput {
        stringField
      }
    ",
            Err("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (2, 33)));
    }

    [Fact]
    public void ScalarIsInvalidInlineFragmentType()
    {
        ExpectErrors(@"
      fragment invalidFragment on Pet {
        ... on String {
          barks
        }
      }
    ",
            Err("Fragment cannot condition on non composite type \"String\".", (3, 16)));
    }
}
