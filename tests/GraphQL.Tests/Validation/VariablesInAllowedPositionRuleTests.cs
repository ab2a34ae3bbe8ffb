using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>VariablesInAllowedPositionRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class VariablesInAllowedPositionRuleTests : ValidationTest
{
    public VariablesInAllowedPositionRuleTests() : base(c => new VariablesInAllowedPositionRule(c)) { }

    [Fact]
    public void BooleanBoolean()
    {
        ExpectValid(@"
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
      }
    ");
    }

    [Fact]
    public void BooleanBooleanWithinFragment()
    {
        ExpectValid(@"
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $booleanArg)
      }
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
    ");
        ExpectValid(@"
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $booleanArg)
      }
    ");
    }

    [Fact]
    public void BooleanBoolean2()
    {
        ExpectValid(@"
      query Query($nonNullBooleanArg: Boolean!)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $nonNullBooleanArg)
        }
      }
    ");
    }

    [Fact]
    public void BooleanBooleanWithinFragment2()
    {
        ExpectValid(@"
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $nonNullBooleanArg)
      }

      query Query($nonNullBooleanArg: Boolean!)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
    ");
    }

    [Fact]
    public void StringString()
    {
        ExpectValid(@"
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }
    ");
    }

    [Fact]
    public void StringString2()
    {
        ExpectValid(@"
      query Query($stringListVar: [String!])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }
    ");
    }

    [Fact]
    public void StringStringInItemPosition()
    {
        ExpectValid(@"
      query Query($stringVar: String)
      {
        complicatedArgs {
          stringListArgField(stringListArg: [$stringVar])
        }
      }
    ");
    }

    [Fact]
    public void StringStringInItemPosition2()
    {
        ExpectValid(@"
      query Query($stringVar: String!)
      {
        complicatedArgs {
          stringListArgField(stringListArg: [$stringVar])
        }
      }
    ");
    }

    [Fact]
    public void ComplexInputComplexInput()
    {
        ExpectValid(@"
      query Query($complexVar: ComplexInput)
      {
        complicatedArgs {
          complexArgField(complexArg: $complexVar)
        }
      }
    ");
    }

    [Fact]
    public void ComplexInputComplexInputInFieldPosition()
    {
        ExpectValid(@"
      query Query($boolVar: Boolean = false)
      {
        complicatedArgs {
          complexArgField(complexArg: {requiredArg: $boolVar})
        }
      }
    ");
    }

    [Fact]
    public void BooleanBooleanInDirective()
    {
        ExpectValid(@"
      query Query($boolVar: Boolean!)
      {
        dog @include(if: $boolVar)
      }
    ");
    }

    [Fact]
    public void IntInt()
    {
        ExpectErrors(@"
      query Query($intArg: Int) {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }
      }
    ",
            Err("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (4, 45)));
    }

    [Fact]
    public void IntIntWithinFragment()
    {
        ExpectErrors(@"
      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...nonNullIntArgFieldFrag
        }
      }
    ",
            Err("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (6, 19), (3, 43)));
    }

    [Fact]
    public void IntIntWithinNestedFragment()
    {
        ExpectErrors(@"
      fragment outerFrag on ComplicatedArgs {
        ...nonNullIntArgFieldFrag
      }

      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...outerFrag
        }
      }
    ",
            Err("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (10, 19), (7, 43)));
    }

    [Fact]
    public void StringOverBoolean()
    {
        ExpectErrors(@"
      query Query($stringVar: String) {
        complicatedArgs {
          booleanArgField(booleanArg: $stringVar)
        }
      }
    ",
            Err("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (2, 19), (4, 39)));
    }

    [Fact]
    public void StringString3()
    {
        ExpectErrors(@"
      query Query($stringVar: String) {
        complicatedArgs {
          stringListArgField(stringListArg: $stringVar)
        }
      }
    ",
            Err("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (2, 19), (4, 45)));
    }

    [Fact]
    public void BooleanBooleanInDirective2()
    {
        ExpectErrors(@"
      query Query($boolVar: Boolean) {
        dog @include(if: $boolVar)
      }
    ",
            Err("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));
    }

    [Fact]
    public void StringBooleanInDirective()
    {
        ExpectErrors(@"
      query Query($stringVar: String) {
        dog @include(if: $stringVar)
      }
    ",
            Err("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));
    }

    [Fact]
    public void StringString4()
    {
        ExpectErrors(@"
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListNonNullArgField(stringListNonNullArg: $stringListVar)
        }
      }
    ",
            Err("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (2, 19), (5, 59)));
    }

    [Fact]
    public void IntIntFailsWhenVariableProvidesNullDefaultValue()
    {
        ExpectErrors(@"
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
      ",
            Err("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (2, 21), (4, 47)));
    }

    [Fact]
    public void IntIntWhenVariableProvidesNonNullDefaultValue()
    {
        ExpectValid(@"
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }");
    }

    [Fact]
    public void IntIntWhenOptionalArgumentProvidesDefaultValue()
    {
        ExpectValid(@"
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(nonNullIntArg: $intVar)
          }
        }");
    }

    [Fact]
    public void BooleanBooleanInDirectiveWithDefaultValueWithOption()
    {
        ExpectValid(@"
        query Query($boolVar: Boolean = false) {
          dog @include(if: $boolVar)
        }");
    }

    [Fact]
    public void AllowsExactlyOneNonNullableVariable()
    {
        ExpectValid(@"
      query ($string: String!) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    ");
    }

    [Fact]
    public void ForbidsOneNullableVariable()
    {
        ExpectErrors(@"
      query ($string: String) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    ",
            Err("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 14), (4, 50)));
    }

    /// <summary>Spec §5.8.5 IsVariableUsageAllowed: a OneOf field is a non-null position, where a non-null default makes a nullable variable allowed.</summary>
    [Fact]
    public void AllowsANullableVariableWithANonNullDefaultValue()
    {
        ExpectValid(@"
      query ($string: String = ""abc"") {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    ");
    }

    [Fact]
    public void ForbidsANullableVariableWhoseDefaultValueIsNull()
    {
        ExpectErrors(@"
      query ($string: String = null) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    ",
            Err("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 14), (4, 50)));
    }
}
