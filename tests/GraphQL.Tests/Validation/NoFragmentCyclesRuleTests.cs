using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>NoFragmentCyclesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class NoFragmentCyclesRuleTests : ValidationTest
{
    public NoFragmentCyclesRuleTests() : base(c => new NoFragmentCyclesRule(c)) { }

    [Fact]
    public void SingleReferenceIsValid()
    {
        ExpectValid(@"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { name }
    ");
    }

    [Fact]
    public void SpreadingTwiceIsNotCircular()
    {
        ExpectValid(@"
      fragment fragA on Dog { ...fragB, ...fragB }
      fragment fragB on Dog { name }
    ");
    }

    [Fact]
    public void SpreadingTwiceIndirectlyIsNotCircular()
    {
        ExpectValid(@"
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { name }
    ");
    }

    [Fact]
    public void DoubleSpreadWithinAbstractTypes()
    {
        ExpectValid(@"
      fragment nameFragment on Pet {
        ... on Dog { name }
        ... on Cat { name }
      }

      fragment spreadsInAnon on Pet {
        ... on Dog { ...nameFragment }
        ... on Cat { ...nameFragment }
      }
    ");
    }

    [Fact]
    public void DoesNotFalsePositiveOnUnknownFragment()
    {
        ExpectValid(@"
      fragment nameFragment on Pet {
        ...UnknownFragment
      }
    ");
    }

    [Fact]
    public void SpreadingRecursivelyWithinFieldFails()
    {
        ExpectErrors(@"
      fragment fragA on Human { relatives { ...fragA } },
    ",
            Err("Cannot spread fragment \"fragA\" within itself.", (2, 45)));
    }

    [Fact]
    public void NoSpreadingItselfDirectly()
    {
        ExpectErrors(@"
      fragment fragA on Dog { ...fragA }
    ",
            Err("Cannot spread fragment \"fragA\" within itself.", (2, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDirectlyWithinInlineFragment()
    {
        ExpectErrors(@"
      fragment fragA on Pet {
        ... on Dog {
          ...fragA
        }
      }
    ",
            Err("Cannot spread fragment \"fragA\" within itself.", (4, 11)));
    }

    [Fact]
    public void NoSpreadingItselfIndirectly()
    {
        ExpectErrors(@"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragA }
    ",
            Err("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)));
    }

    [Fact]
    public void NoSpreadingItselfIndirectlyReportsOppositeOrder()
    {
        ExpectErrors(@"
      fragment fragB on Dog { ...fragA }
      fragment fragA on Dog { ...fragB }
    ",
            Err("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 31), (3, 31)));
    }

    [Fact]
    public void NoSpreadingItselfIndirectlyWithinInlineFragment()
    {
        ExpectErrors(@"
      fragment fragA on Pet {
        ... on Dog {
          ...fragB
        }
      }
      fragment fragB on Pet {
        ... on Dog {
          ...fragA
        }
      }
    ",
            Err("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (4, 11), (9, 11)));
    }

    [Fact]
    public void NoSpreadingItselfDeeply()
    {
        ExpectErrors(@"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragO }
      fragment fragX on Dog { ...fragY }
      fragment fragY on Dog { ...fragZ }
      fragment fragZ on Dog { ...fragO }
      fragment fragO on Dog { ...fragP }
      fragment fragP on Dog { ...fragA, ...fragX }
    ",
            Err("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (2, 31), (3, 31), (4, 31), (8, 31), (9, 31)),
            Err("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (8, 31), (9, 41), (5, 31), (6, 31), (7, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeplyTwoPaths()
    {
        ExpectErrors(@"
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragA }
      fragment fragC on Dog { ...fragA }
    ",
            Err("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
            Err("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 41), (4, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeplyTwoPathsAltTraverseOrder()
    {
        ExpectErrors(@"
      fragment fragA on Dog { ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    ",
            Err("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 31), (4, 31)),
            Err("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (4, 41), (3, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeplyAndImmediately()
    {
        ExpectErrors(@"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragB, ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    ",
            Err("Cannot spread fragment \"fragB\" within itself.", (3, 31)),
            Err("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (2, 31), (3, 41), (4, 31)),
            Err("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (3, 41), (4, 41)));
    }
}
