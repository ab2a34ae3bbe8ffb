using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>ScalarLeafsRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class ScalarLeafsRuleTests : ValidationTest
{
    public ScalarLeafsRuleTests() : base(c => new ScalarLeafsRule(c)) { }

    [Fact]
    public void ValidScalarSelection()
    {
        ExpectValid(@"
      fragment scalarSelection on Dog {
        barks
      }
    ");
    }

    [Fact]
    public void ObjectTypeMissingSelection()
    {
        ExpectErrors(@"
      query directQueryOnObjectWithoutSubFields {
        human
      }
    ",
            Err("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (3, 9)));
    }

    [Fact]
    public void InterfaceTypeMissingSelection()
    {
        ExpectErrors(@"
      {
        human { pets }
      }
    ",
            Err("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (3, 17)));
    }

    [Fact]
    public void ValidScalarSelectionWithArgs()
    {
        ExpectValid(@"
      fragment scalarSelectionWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
      }
    ");
    }

    [Fact]
    public void ScalarSelectionNotAllowedOnBoolean()
    {
        ExpectErrors(@"
      fragment scalarSelectionsNotAllowedOnBoolean on Dog {
        barks { sinceWhen }
      }
    ",
            Err("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 15)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedOnEnum()
    {
        ExpectErrors(@"
      fragment scalarSelectionsNotAllowedOnEnum on Cat {
        furColor { inHexDec }
      }
    ",
            Err("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (3, 18)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedWithArgs()
    {
        ExpectErrors(@"
      fragment scalarSelectionsNotAllowedWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT) { sinceWhen }
      }
    ",
            Err("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 42)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedWithDirectives()
    {
        ExpectErrors(@"
      fragment scalarSelectionsNotAllowedWithDirectives on Dog {
        name @include(if: true) { isAlsoHumanName }
      }
    ",
            Err("Field \"name\" must not have a selection since type \"String\" has no subfields.", (3, 33)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedWithDirectivesAndArgs()
    {
        ExpectErrors(@"
      fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
        doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
      }
    ",
            Err("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 61)));
    }
}
