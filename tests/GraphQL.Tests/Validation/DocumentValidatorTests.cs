using System.Text;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

/// <summary>The validator as a whole: every rule in one traversal, the error cap, and adversarial documents.</summary>
public sealed class DocumentValidatorTests : ValidationTest
{
    [Fact]
    public void AValidDocumentHasNoErrors()
    {
        var result = DocumentValidator.Validate(TestSchema.Default, Parser.Parse(@"
            query Q($id: ID, $dogCommand: DogCommand = SIT) {
              human(id: $id) { name pets { ... on Dog { doesKnowCommand(dogCommand: $dogCommand) } } }
              ...F
            }
            fragment F on QueryRoot { catOrDog { __typename ... on Cat { meows } } }"));

        Assert.True(result.IsValid);
        Assert.Same(ValidationResult.Valid, result);
    }

    [Fact]
    public void AllRulesReportInSpecifiedRuleOrderWithRuleNameAndCode()
    {
        ExpectErrors(@"
      query Q($unused: Int) {
        dog { nmae }
      }",
            Err("Cannot query field \"nmae\" on type \"Dog\". Did you mean \"name\"?", (3, 15)),
            Err("Variable \"$unused\" is never used in operation \"Q\".", (2, 15)));

        var result = DocumentValidator.Validate(TestSchema.Default, Parser.Parse("{ dog { nmae } }"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("FieldsOnCorrectTypeRule", error.Rule);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code);
    }

    [Fact]
    public void VariableUsagesInFragmentsDefinedAfterTheOperationAreSeen()
    {
        ExpectErrors(@"
      query Q($a: Boolean) {
        ...F
      }
      fragment F on QueryRoot {
        dog { isHouseTrained(atOtherHomes: $b) }
      }",
            Err("Variable \"$b\" is not defined by operation \"Q\".", (6, 44), (2, 7)),
            Err("Variable \"$a\" is never used in operation \"Q\".", (2, 15)));
    }

    [Fact]
    public void ValidationStopsAtTheErrorCapWithAFinalError()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 10; i++) document.Append(" unknown").Append(i);
        document.Append(" }");

        var result = DocumentValidator.Validate(
            TestSchema.Default, Parser.Parse(document.ToString()), new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, result.Errors.Count);
        Assert.Equal("Cannot query field \"unknown2\" on type \"QueryRoot\".", result.Errors[2].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[3].Message);
        Assert.Empty(result.Errors[3].Locations);
    }

    [Fact]
    public void TheDefaultErrorCapIsOneHundred()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 150; i++) document.Append(" unknown").Append(i);
        document.Append(" }");

        var result = DocumentValidator.Validate(TestSchema.Default, Parser.Parse(document.ToString()));

        Assert.Equal(101, result.Errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[100].Message);
    }

    [Fact]
    public void AThousandRepeatedFieldsWithNestedSelectionsFinish()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 1000; i++) document.Append(" dog { name mother { name father { name } } }");
        document.Append(" }");

        var result = DocumentValidator.Validate(TestSchema.Default, Parser.Parse(document.ToString(), new ParserOptions { MaxTokens = int.MaxValue }));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void DeeplyNestedFragmentsSpreadTwiceEachFinish()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths without memoized fragment pairs.
        var document = new StringBuilder("{ dog { ...F0 } }");
        const int depth = 40;
        for (var i = 0; i < depth; i++)
        {
            document.Append($" fragment F{i} on Dog {{ name ...F{i + 1} mother {{ ...F{i + 1} }} }}");
        }

        document.Append($" fragment F{depth} on Dog {{ name barks }}");

        var result = DocumentValidator.Validate(TestSchema.Default, Parser.Parse(document.ToString()));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void ConflictsThroughManyFragmentsAreReportedOnce()
    {
        var document = new StringBuilder("{ dog { ...A0 ...B0 } }");
        for (var i = 0; i < 30; i++)
        {
            document.Append($" fragment A{i} on Dog {{ ...A{i + 1} ...B{i + 1} }}");
            document.Append($" fragment B{i} on Dog {{ ...A{i + 1} ...B{i + 1} }}");
        }

        document.Append(" fragment A30 on Dog { x: name } fragment B30 on Dog { x: nickname }");

        var result = DocumentValidator.Validate(TestSchema.Default, Parser.Parse(document.ToString()));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields.", error.Message, System.StringComparison.Ordinal);
    }
}
