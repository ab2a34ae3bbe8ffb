using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>ValuesOfCorrectTypeRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class ValuesOfCorrectTypeRuleTests : ValidationTest
{
    public ValuesOfCorrectTypeRuleTests() : base(c => new ValuesOfCorrectTypeRule(c), c => new OneOfInputObjectsRule(c)) { }

    [Fact]
    public void GoodIntValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            intArgField(intArg: 2)
          }
        }
      ");
    }

    [Fact]
    public void GoodNegativeIntValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            intArgField(intArg: -2)
          }
        }
      ");
    }

    [Fact]
    public void GoodBooleanValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            booleanArgField(booleanArg: true)
          }
        }
      ");
    }

    [Fact]
    public void GoodStringValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            stringArgField(stringArg: ""foo"")
          }
        }
      ");
    }

    [Fact]
    public void GoodFloatValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            floatArgField(floatArg: 1.1)
          }
        }
      ");
    }

    [Fact]
    public void GoodNegativeFloatValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            floatArgField(floatArg: -1.1)
          }
        }
      ");
    }

    [Fact]
    public void IntIntoFloat()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
          }
        }
      ");
    }

    [Fact]
    public void IntIntoID()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            idArgField(idArg: 1)
          }
        }
      ");
    }

    [Fact]
    public void StringIntoID()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            idArgField(idArg: ""someIdString"")
          }
        }
      ");
    }

    [Fact]
    public void GoodEnumValue()
    {
        ExpectValid(@"
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
        }
      ");
    }

    [Fact]
    public void EnumWithUndefinedValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            enumArgField(enumArg: UNKNOWN)
          }
        }
      ");
    }

    [Fact]
    public void EnumWithNullValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            enumArgField(enumArg: NO_FUR)
          }
        }
      ");
    }

    [Fact]
    public void NullIntoNullableType()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            intArgField(intArg: null)
          }
        }
      ");
        ExpectValid(@"
        {
          dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
            name
          }
        }
      ");
    }

    [Fact]
    public void IntIntoString()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            stringArgField(stringArg: 1)
          }
        }
      ",
            Err("String cannot represent a non string value: 1", (4, 39)));
    }

    [Fact]
    public void FloatIntoString()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            stringArgField(stringArg: 1.0)
          }
        }
      ",
            Err("String cannot represent a non string value: 1.0", (4, 39)));
    }

    [Fact]
    public void BooleanIntoString()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            stringArgField(stringArg: true)
          }
        }
      ",
            Err("String cannot represent a non string value: true", (4, 39)));
    }

    [Fact]
    public void UnquotedStringIntoString()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            stringArgField(stringArg: BAR)
          }
        }
      ",
            Err("String cannot represent a non string value: BAR", (4, 39)));
    }

    [Fact]
    public void StringIntoInt()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            intArgField(intArg: ""3"")
          }
        }
      ",
            Err("Int cannot represent non-integer value: \"3\"", (4, 33)));
    }

    [Fact]
    public void BigIntIntoInt()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            intArgField(intArg: 829384293849283498239482938)
          }
        }
      ",
            Err("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 33)));
    }

    [Fact]
    public void UnquotedStringIntoInt()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            intArgField(intArg: FOO)
          }
        }
      ",
            Err("Int cannot represent non-integer value: FOO", (4, 33)));
    }

    [Fact]
    public void SimpleFloatIntoInt()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            intArgField(intArg: 3.0)
          }
        }
      ",
            Err("Int cannot represent non-integer value: 3.0", (4, 33)));
    }

    [Fact]
    public void FloatIntoInt()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            intArgField(intArg: 3.333)
          }
        }
      ",
            Err("Int cannot represent non-integer value: 3.333", (4, 33)));
    }

    [Fact]
    public void StringIntoFloat()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            floatArgField(floatArg: ""3.333"")
          }
        }
      ",
            Err("Float cannot represent non numeric value: \"3.333\"", (4, 37)));
    }

    [Fact]
    public void BooleanIntoFloat()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            floatArgField(floatArg: true)
          }
        }
      ",
            Err("Float cannot represent non numeric value: true", (4, 37)));
    }

    [Fact]
    public void UnquotedIntoFloat()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            floatArgField(floatArg: FOO)
          }
        }
      ",
            Err("Float cannot represent non numeric value: FOO", (4, 37)));
    }

    [Fact]
    public void IntIntoBoolean()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            booleanArgField(booleanArg: 2)
          }
        }
      ",
            Err("Boolean cannot represent a non boolean value: 2", (4, 41)));
    }

    [Fact]
    public void FloatIntoBoolean()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            booleanArgField(booleanArg: 1.0)
          }
        }
      ",
            Err("Boolean cannot represent a non boolean value: 1.0", (4, 41)));
    }

    [Fact]
    public void StringIntoBoolean()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            booleanArgField(booleanArg: ""true"")
          }
        }
      ",
            Err("Boolean cannot represent a non boolean value: \"true\"", (4, 41)));
    }

    [Fact]
    public void UnquotedIntoBoolean()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            booleanArgField(booleanArg: TRUE)
          }
        }
      ",
            Err("Boolean cannot represent a non boolean value: TRUE", (4, 41)));
    }

    [Fact]
    public void FloatIntoID()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            idArgField(idArg: 1.0)
          }
        }
      ",
            Err("ID cannot represent a non-string and non-integer value: 1.0", (4, 31)));
    }

    [Fact]
    public void BooleanIntoID()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            idArgField(idArg: true)
          }
        }
      ",
            Err("ID cannot represent a non-string and non-integer value: true", (4, 31)));
    }

    [Fact]
    public void UnquotedIntoID()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            idArgField(idArg: SOMETHING)
          }
        }
      ",
            Err("ID cannot represent a non-string and non-integer value: SOMETHING", (4, 31)));
    }

    [Fact]
    public void IntIntoEnum()
    {
        ExpectErrors(@"
        {
          dog {
            doesKnowCommand(dogCommand: 2)
          }
        }
      ",
            Err("Enum \"DogCommand\" cannot represent non-enum value: 2.", (4, 41)));
    }

    [Fact]
    public void FloatIntoEnum()
    {
        ExpectErrors(@"
        {
          dog {
            doesKnowCommand(dogCommand: 1.0)
          }
        }
      ",
            Err("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (4, 41)));
    }

    [Fact]
    public void StringIntoEnum()
    {
        ExpectErrors(@"
        {
          dog {
            doesKnowCommand(dogCommand: ""SIT"")
          }
        }
      ",
            Err("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (4, 41)));
    }

    [Fact]
    public void BooleanIntoEnum()
    {
        ExpectErrors(@"
        {
          dog {
            doesKnowCommand(dogCommand: true)
          }
        }
      ",
            Err("Enum \"DogCommand\" cannot represent non-enum value: true.", (4, 41)));
    }

    [Fact]
    public void UnknownEnumValueIntoEnum()
    {
        ExpectErrors(@"
        {
          dog {
            doesKnowCommand(dogCommand: JUGGLE)
          }
        }
      ",
            Err("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (4, 41)));
    }

    [Fact]
    public void DifferentCaseEnumValueIntoEnum()
    {
        ExpectErrors(@"
        {
          dog {
            doesKnowCommand(dogCommand: sit)
          }
        }
      ",
            Err("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (4, 41)));
    }

    [Fact]
    public void GoodListValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            stringListArgField(stringListArg: [""one"", null, ""two""])
          }
        }
      ");
    }

    [Fact]
    public void EmptyListValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            stringListArgField(stringListArg: [])
          }
        }
      ");
    }

    [Fact]
    public void NullValue()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            stringListArgField(stringListArg: null)
          }
        }
      ");
    }

    [Fact]
    public void SingleValueIntoList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            stringListArgField(stringListArg: ""one"")
          }
        }
      ");
    }

    [Fact]
    public void IncorrectItemType()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            stringListArgField(stringListArg: [""one"", 2])
          }
        }
      ",
            Err("String cannot represent a non string value: 2", (4, 55)));
    }

    [Fact]
    public void SingleValueOfIncorrectType()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            stringListArgField(stringListArg: 1)
          }
        }
      ",
            Err("String cannot represent a non string value: 1", (4, 47)));
    }

    [Fact]
    public void ArgOnOptionalArg()
    {
        ExpectValid(@"
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
      ");
    }

    [Fact]
    public void NoArgOnOptionalArg()
    {
        ExpectValid(@"
        {
          dog {
            isHouseTrained
          }
        }
      ");
    }

    [Fact]
    public void MultipleArgs()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
      ");
    }

    [Fact]
    public void MultipleArgsReverseOrder()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
      ");
    }

    [Fact]
    public void NoArgsOnMultipleOptional()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOpts
          }
        }
      ");
    }

    [Fact]
    public void OneArgOnMultipleOptional()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOpts(opt1: 1)
          }
        }
      ");
    }

    [Fact]
    public void SecondArgOnMultipleOptional()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOpts(opt2: 1)
          }
        }
      ");
    }

    [Fact]
    public void MultipleRequiredArgsOnMixedList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4)
          }
        }
      ");
    }

    [Fact]
    public void MultipleRequiredAndOneOptionalArgOnMixedList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
          }
        }
      ");
    }

    [Fact]
    public void AllRequiredAndOptionalArgsOnMixedList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
      ");
    }

    [Fact]
    public void IncorrectValueType()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            multipleReqs(req2: ""two"", req1: ""one"")
          }
        }
      ",
            Err("Int cannot represent non-integer value: \"two\"", (4, 32)),
            Err("Int cannot represent non-integer value: \"one\"", (4, 45)));
    }

    [Fact]
    public void IncorrectValueAndMissingArgumentProvidedRequiredArgumentsRule()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            multipleReqs(req1: ""one"")
          }
        }
      ",
            Err("Int cannot represent non-integer value: \"one\"", (4, 32)));
    }

    [Fact]
    public void NullValue2()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            multipleReqs(req1: null)
          }
        }
      ",
            Err("Expected value of type \"Int!\", found null.", (4, 32)));
    }

    [Fact]
    public void OptionalArgDespiteRequiredFieldInType()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            complexArgField
          }
        }
      ");
    }

    [Fact]
    public void PartialObjectOnlyRequired()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true })
          }
        }
      ");
    }

    [Fact]
    public void PartialObjectRequiredFieldCanBeFalsy()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: false })
          }
        }
      ");
    }

    [Fact]
    public void PartialObjectIncludingRequired()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 4 })
          }
        }
      ");
    }

    [Fact]
    public void FullObject()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              intField: 4,
              stringField: ""foo"",
              booleanField: false,
              stringListField: [""one"", ""two""]
            })
          }
        }
      ");
    }

    [Fact]
    public void FullObjectWithFieldsInDifferentOrder()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: [""one"", ""two""],
              booleanField: false,
              requiredField: true,
              stringField: ""foo"",
              intField: 4,
            })
          }
        }
      ");
    }

    [Fact]
    public void ExactlyOneField()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: ""abc"" })
          }
        }
      ");
    }

    [Fact]
    public void ExactlyOneNonNullableVariable()
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
    public void PartialObjectMissingRequired()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
      ",
            Err("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (4, 41)));
    }

    [Fact]
    public void PartialObjectInvalidFieldType()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: [""one"", 2],
              requiredField: true,
            })
          }
        }
      ",
            Err("String cannot represent a non string value: 2", (5, 40)));
    }

    [Fact]
    public void PartialObjectNullToNonNullField()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              nonNullField: null,
            })
          }
        }
      ",
            Err("Expected value of type \"Boolean!\", found null.", (6, 29)));
    }

    [Fact]
    public void PartialObjectUnknownFieldArg()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: ""value""
            })
          }
        }
      ",
            Err("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (6, 15)));
    }

    [Fact]
    public void InvalidFieldType()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: 2 })
          }
        }
      ",
            Err("String cannot represent a non string value: 2", (4, 52)));
    }

    [Fact]
    public void ExactlyOneNullField()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
      ",
            Err("Field \"OneOfInput.stringField\" must be non-null.", (4, 37)));
    }

    /// <summary>§5.6.1 assumes a variable usage is valid in its position; a nullable one is §5.8.5's error alone.</summary>
    [Fact]
    public void ANullableVariableAsTheOneFieldIsLeftToAllVariableUsagesAreAllowed()
    {
        ExpectValid(@"
        query ($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
      ");
    }

    [Fact]
    public void MoreThanOneField()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: ""abc"", intField: 123 })
          }
        }
      ",
            Err("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 37)));
    }

    [Fact]
    public void WithDirectivesOfValidTypes()
    {
        ExpectValid(@"
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
      ");
    }

    [Fact]
    public void WithDirectiveWithIncorrectTypes()
    {
        ExpectErrors(@"
        {
          dog @include(if: ""yes"") {
            name @skip(if: ENUM)
          }
        }
      ",
            Err("Boolean cannot represent a non boolean value: \"yes\"", (3, 28)),
            Err("Boolean cannot represent a non boolean value: ENUM", (4, 28)));
    }

    [Fact]
    public void VariablesWithValidDefaultValues()
    {
        ExpectValid(@"
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = ""ok"",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 123
        ) {
          dog { name }
        }
      ");
    }

    [Fact]
    public void VariablesWithValidDefaultNullValues()
    {
        ExpectValid(@"
        query WithDefaultValues(
          $a: Int = null,
          $b: String = null,
          $c: ComplexInput = { requiredField: true, intField: null }
        ) {
          dog { name }
        }
      ");
    }

    [Fact]
    public void VariablesWithInvalidDefaultNullValues()
    {
        ExpectErrors(@"
        query WithDefaultValues(
          $a: Int! = null,
          $b: String! = null,
          $c: ComplexInput = { requiredField: null, intField: null }
        ) {
          dog { name }
        }
      ",
            Err("Expected value of type \"Int!\", found null.", (3, 22)),
            Err("Expected value of type \"String!\", found null.", (4, 25)),
            Err("Expected value of type \"Boolean!\", found null.", (5, 47)));
    }

    [Fact]
    public void VariablesWithInvalidDefaultValues()
    {
        ExpectErrors(@"
        query InvalidDefaultValues(
          $a: Int = ""one"",
          $b: String = 4,
          $c: ComplexInput = ""NotVeryComplex""
        ) {
          dog { name }
        }
      ",
            Err("Int cannot represent non-integer value: \"one\"", (3, 21)),
            Err("String cannot represent a non string value: 4", (4, 24)),
            Err("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (5, 30)));
    }

    [Fact]
    public void VariablesWithComplexInvalidDefaultValues()
    {
        ExpectErrors(@"
        query WithDefaultValues(
          $a: ComplexInput = { requiredField: 123, intField: ""abc"" }
        ) {
          dog { name }
        }
      ",
            Err("Boolean cannot represent a non boolean value: 123", (3, 47)),
            Err("Int cannot represent non-integer value: \"abc\"", (3, 62)));
    }

    [Fact]
    public void ComplexVariablesMissingRequiredField()
    {
        ExpectErrors(@"
        query MissingRequiredField($a: ComplexInput = {intField: 3}) {
          dog { name }
        }
      ",
            Err("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (2, 55)));
    }

    [Fact]
    public void ListVariablesWithInvalidItem()
    {
        ExpectErrors(@"
        query InvalidItem($a: [String] = [""one"", 2]) {
          dog { name }
        }
      ",
            Err("String cannot represent a non string value: 2", (2, 50)));
    }
}
